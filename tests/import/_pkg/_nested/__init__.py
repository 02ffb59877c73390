from .._mod import CONSTANT as parent_constant
from ._deep import depth
