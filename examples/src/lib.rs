//! A sample MAPI store provider and the host test kit. A placeholder until
//! the derive lands; it exports nothing yet.
