/// The size of `phf::Map<&str, u32>` in phf 0.14's default layout: the hash key, the
/// displacements and the entries (two slices). The PtrHash layout has a third slice.
pub const DEFAULT_MAP_SIZE: usize = size_of::<u64>() + 2 * size_of::<&[()]>();
