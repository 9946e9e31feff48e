//! Ordering: interfaces sorted so that each base comes before what derives
//! from it, which makes interface ids topological.

use crate::ast;
use crate::fxhash::FxHashMap as HashMap;
use crate::lex::Symbol;
use crate::source::FileId;

/// Orders interfaces so each base comes before what derives from it; a
/// cycle or unknown base leaves the rest in declaration order.
pub(super) fn topo_order(ifaces: &[(FileId, &ast::Item, Option<&ast::Interface>)]) -> Vec<usize> {
    let index: HashMap<Symbol, usize> = ifaces
        .iter()
        .enumerate()
        .filter_map(|(i, (_, _, x))| x.map(|x| (x.name.name, i)))
        .rev()
        .collect();
    let mut state = vec![0u8; ifaces.len()]; // 0 new, 1 visiting, 2 done
    let mut order = Vec::with_capacity(ifaces.len());
    for start in 0..ifaces.len() {
        // Walk up the base chain iteratively, then emit from the top down.
        let mut chain = Vec::new();
        let mut cur = Some(start);
        while let Some(i) = cur {
            if state[i] != 0 {
                break;
            }
            state[i] = 1;
            chain.push(i);
            cur = ifaces[i]
                .2
                .and_then(|x| x.base.as_ref())
                .and_then(|b| index.get(&b.name).copied());
        }
        for &i in chain.iter().rev() {
            state[i] = 2;
            order.push(i);
        }
    }
    order
}
