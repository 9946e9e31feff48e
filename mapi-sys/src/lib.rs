//! Raw MAPI declarations (vtables, IIDs, constants, structs), generated at
//! build time from the `mapi-idl` corpus.
//!
//! This crate is a placeholder until the Rust backend lands; it has no items yet.

#![no_std]
