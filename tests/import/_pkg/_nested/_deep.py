from .. import _mod
depth = 3
package_name = __package__
parent_module = _mod.__name__
