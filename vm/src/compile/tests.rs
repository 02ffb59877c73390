//! End-to-end tests: Python source compiled and run by the real VM, output
//! compared.
