//! Splitting work over the machine's cores with scoped standard threads: loading and
//! evaluating a month's cases is the hot path of the billing report.

/// Runs `work` on contiguous slices of `items`, one per available core, and returns the
/// results in order.
pub fn parallel_slices<T: Sync, R: Send>(items: &[T], work: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores < 2 || items.len() < 2_000 {
        return vec![work(items)];
    }
    let size = items.len().div_ceil(cores);
    // Workers speak the caller's language (a report rendered in English, a test in Dutch).
    let lang = crate::i18n::language();
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(size)
            .map(|c| scope.spawn(move || crate::i18n::with_language(lang, || work(c))))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order() {
        let items: Vec<u32> = (0..10_000).collect();
        let sums: Vec<Vec<u32>> = parallel_slices(&items, |s| s.to_vec());
        let flat: Vec<u32> = sums.into_iter().flatten().collect();
        assert_eq!(flat, items);
        let small: Vec<usize> = parallel_slices(&items[..10], |s| s.len());
        assert_eq!(small, vec![10]);
    }
}
