//! `marsad`: the command line over the Marsad libraries.

fn main() {}
