//! gamma and lgamma by the Lanczos approximation (the g = 6.0247, n = 13
//! set of Boost's `lanczos13m53`), computed in the same order as CPython
//! so the results agree with it to the bit: the C library's `tgamma` and
//! `lgamma` are accurate but round differently.
//!
//! Both return `Err(Pole)` at the poles (0 and the negative integers),
//! `Err(Overflow)` when the result is too large for a float.

// The coefficients keep the digits of their published table; the
// compiler rounds each to the nearest float, as a C compiler does.
#![allow(clippy::excessive_precision)]

use crate::libm_select as fns;
use core::f64::consts::PI;

pub enum GammaError {
    Pole,
    Overflow,
}

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
/// log(pi).
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

/// Numerator coefficients of the rational Lanczos sum.
const NUMERATOR: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator: the coefficients of x (x+1) ... (x+11).
const DENOMINATOR: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum for x > 0: Horner in x below 5, in 1/x above (where
/// powers of x would overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + NUMERATOR[i];
            den = den * x + DENOMINATOR[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + NUMERATOR[i];
            den = den / x + DENOMINATOR[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = libm::fmod(libm::fabs(x), 2.0);
    let n = libm::round(2.0 * y) as i32;
    let r = match n {
        0 => fns::sin(PI * y),
        1 => fns::cos(PI * (y - 0.5)),
        2 => fns::sin(PI * (1.0 - y)),
        3 => -fns::cos(PI * (y - 1.5)),
        _ => fns::sin(PI * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

/// gamma(x) for finite x.
pub fn gamma(x: f64) -> Result<f64, GammaError> {
    if x == libm::floor(x) {
        if x <= 0.0 {
            return Err(GammaError::Pole);
        }
        if x <= 23.0 {
            // (x-1)! is exact in a float up to 22!.
            return Ok((2..x as u32).fold(1.0, |acc, k| acc * k as f64));
        }
    }
    let absx = libm::fabs(x);
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(GammaError::Overflow)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(GammaError::Overflow)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z is the rounding error of y, scaled: it corrects the power below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * fns::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= fns::pow(y, absx - 0.5);
        } else {
            let sqrt_power = fns::pow(y, absx / 2.0 - 0.25);
            r /= sqrt_power;
            r /= sqrt_power;
        }
    } else {
        r = lanczos_sum(absx) / fns::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= fns::pow(y, absx - 0.5);
        } else {
            let sqrt_power = fns::pow(y, absx / 2.0 - 0.25);
            r *= sqrt_power;
            r *= sqrt_power;
        }
    }
    if r.is_infinite() {
        return Err(GammaError::Overflow);
    }
    Ok(r)
}

/// log|gamma(x)| for finite x.
pub fn lgamma(x: f64) -> Result<f64, GammaError> {
    if x == libm::floor(x) && x <= 2.0 {
        return if x <= 0.0 {
            Err(GammaError::Pole)
        } else {
            Ok(0.0)
        };
    }
    let absx = libm::fabs(x);
    if absx < 1e-20 {
        return Ok(-fns::log(absx));
    }
    let mut r = fns::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (fns::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection: gamma(x) gamma(1-x) = pi / sin(pi x).
        r = LOG_PI - fns::log(libm::fabs(sin_pi(absx))) - fns::log(absx) - r;
    }
    if r.is_infinite() {
        return Err(GammaError::Overflow);
    }
    Ok(r)
}
