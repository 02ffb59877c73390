//! A board made of memory, for ports without pins (unix, and qemu-arm
//! until it drives the board's GPIO): each pin keeps its mode, pull and
//! output level, and reads as a lone pin with nothing wired to it would:
//! an output (push-pull or open-drain) reads back what it drives, an
//! input reads its pull (1 with PULL_UP, 0 with PULL_DOWN) and 0 when
//! floating. docs/differences.md describes this for the user.

use crate::hook::{BankPin, MachinePort, PinMode, Pull};
use alloc::vec::Vec;
use embedded_hal::digital::{ErrorKind, ErrorType, InputPin, OutputPin, StatefulOutputPin};

/// One simulated pin.
#[derive(Clone, Copy, Debug)]
pub struct SimulatedPin {
    mode: PinMode,
    pull: Pull,
    /// The output buffer: what the pin drives when it is an output.
    driven_high: bool,
}

impl SimulatedPin {
    const RESET: SimulatedPin = SimulatedPin {
        mode: PinMode::Input,
        pull: Pull::None,
        driven_high: false,
    };

    fn level(&self) -> bool {
        match self.mode {
            PinMode::Output | PinMode::OpenDrain => self.driven_high,
            PinMode::Input => self.pull == Pull::Up,
        }
    }
}

impl ErrorType for SimulatedPin {
    type Error = ErrorKind;
}

impl InputPin for SimulatedPin {
    fn is_high(&mut self) -> Result<bool, ErrorKind> {
        Ok(self.level())
    }
    fn is_low(&mut self) -> Result<bool, ErrorKind> {
        Ok(!self.level())
    }
}

impl OutputPin for SimulatedPin {
    fn set_low(&mut self) -> Result<(), ErrorKind> {
        self.driven_high = false;
        Ok(())
    }
    fn set_high(&mut self) -> Result<(), ErrorKind> {
        self.driven_high = true;
        Ok(())
    }
}

impl StatefulOutputPin for SimulatedPin {
    fn is_set_high(&mut self) -> Result<bool, ErrorKind> {
        Ok(self.driven_high)
    }
    fn is_set_low(&mut self) -> Result<bool, ErrorKind> {
        Ok(!self.driven_high)
    }
}

impl BankPin for SimulatedPin {
    fn configure(&mut self, mode: PinMode, pull: Pull) -> Result<(), ErrorKind> {
        self.mode = mode;
        self.pull = pull;
        Ok(())
    }
    fn mode(&self) -> PinMode {
        self.mode
    }
    fn pull(&self) -> Pull {
        self.pull
    }
}

/// A board of `pin_count` simulated pins, numbered from 0, with a clock
/// frequency that `machine.freq(hz)` may change and an interrupt mask
/// that only records its state.
pub struct SimulatedBoard {
    pins: Vec<SimulatedPin>,
    freq_hz: u32,
    irq_enabled: bool,
    unique_id: &'static [u8],
}

impl SimulatedBoard {
    pub fn new(pin_count: usize, freq_hz: u32, unique_id: &'static [u8]) -> SimulatedBoard {
        SimulatedBoard {
            pins: alloc::vec![SimulatedPin::RESET; pin_count],
            freq_hz,
            irq_enabled: true,
            unique_id,
        }
    }
}

impl MachinePort for SimulatedBoard {
    fn pin(&mut self, id: u32) -> Option<&mut dyn BankPin> {
        self.pins
            .get_mut(id as usize)
            .map(|pin| pin as &mut dyn BankPin)
    }
    fn freq(&self) -> u32 {
        self.freq_hz
    }
    fn set_freq(&mut self, hz: u32) -> bool {
        self.freq_hz = hz;
        true
    }
    fn disable_irq(&mut self) -> u32 {
        let was = self.irq_enabled;
        self.irq_enabled = false;
        was as u32
    }
    fn enable_irq(&mut self, state: u32) {
        self.irq_enabled = state != 0;
    }
    fn unique_id(&self) -> &[u8] {
        self.unique_id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(board: &mut SimulatedBoard, id: u32) -> &mut dyn BankPin {
        board.pin(id).expect("the board has this pin")
    }

    #[test]
    fn outputs_read_back_what_they_drive() {
        let mut board = SimulatedBoard::new(4, 1_000_000, b"test");
        let p = pin(&mut board, 1);
        p.configure(PinMode::Output, Pull::None).unwrap();
        assert!(!p.is_high().unwrap());
        p.set_high().unwrap();
        assert!(p.is_high().unwrap() && p.is_set_high().unwrap());
        p.toggle().unwrap();
        assert!(p.is_low().unwrap());
        p.configure(PinMode::OpenDrain, Pull::Up).unwrap();
        assert!(p.is_low().unwrap());
    }

    #[test]
    fn inputs_read_their_pull_and_keep_the_output_level() {
        let mut board = SimulatedBoard::new(4, 1_000_000, b"test");
        let p = pin(&mut board, 3);
        assert!(p.is_low().unwrap());
        p.configure(PinMode::Input, Pull::Up).unwrap();
        assert!(p.is_high().unwrap());
        p.set_low().unwrap();
        assert!(p.is_high().unwrap());
        p.configure(PinMode::Input, Pull::Down).unwrap();
        assert!(p.is_low().unwrap());
        p.set_high().unwrap();
        p.configure(PinMode::Output, Pull::Down).unwrap();
        assert!(p.is_high().unwrap());
        assert!(board.pin(4).is_none());
    }

    #[test]
    fn interrupt_state_nests() {
        let mut board = SimulatedBoard::new(0, 1_000_000, b"test");
        let outer = board.disable_irq();
        let inner = board.disable_irq();
        assert_eq!((outer, inner), (1, 0));
        board.enable_irq(inner);
        assert_eq!(board.disable_irq(), 0);
        board.enable_irq(outer);
        assert_eq!(board.disable_irq(), 1);
        assert!(board.set_freq(8_000_000));
        assert_eq!(board.freq(), 8_000_000);
    }
}
