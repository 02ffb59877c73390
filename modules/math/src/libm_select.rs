//! The transcendental functions the math modules use, from the platform's
//! C library on a host (feature `host-libm`) or from the `libm` crate
//! everywhere else.
//!
//! Why: CPython calls the C library, and glibc's functions are correctly
//! rounded where the `libm` crate (a port of musl) can be an ulp off
//! (`log(3.0)`). With the host's own libm, `pyrite` on Linux prints the
//! same digits as CPython on the same machine; a bare-metal port keeps
//! `libm`, accurate to an ulp. (A symbol Rust's own runtime defines,
//! `cbrt` on x86-64 Linux, binds to that definition instead; it is
//! correctly rounded, glibc's is not, so `cbrt(27.0)` is 3.0 here and
//! 3.0000000000000004 in CPython.) Functions that are exact in both (floor,
//! fabs, copysign, frexp, ldexp, fma, nextafter, sqrt) always come from
//! `libm`.

#[cfg(feature = "host-libm")]
mod host {
    extern "C" {
        pub fn cbrt(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
    }
}

macro_rules! select {
    ($($name:ident($($arg:ident),+);)*) => {
        $(
            #[inline]
            pub fn $name($($arg: f64),+) -> f64 {
                #[cfg(feature = "host-libm")]
                // SAFETY: the C library's math functions take and return
                // plain doubles, are defined for every input (NaN and
                // infinities included) and touch no memory of ours.
                unsafe {
                    host::$name($($arg),+)
                }
                #[cfg(not(feature = "host-libm"))]
                {
                    libm::$name($($arg),+)
                }
            }
        )*
    };
}

select! {
    cbrt(x); exp(x); exp2(x); expm1(x); log(x); log2(x); log10(x); log1p(x);
    sin(x); cos(x); tan(x); asin(x); acos(x); atan(x);
    sinh(x); cosh(x); tanh(x); asinh(x); acosh(x); atanh(x);
    erf(x); erfc(x);
    atan2(y, x); pow(x, y); fmod(x, y); remainder(x, y); hypot(x, y);
}
