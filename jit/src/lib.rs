//! Native code emitters. For now only the interface exists; see ARCHITECTURE.md.
#![no_std]
