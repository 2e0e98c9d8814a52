#[test]
fn value_is_sixteen_bytes() {
    assert_eq!(std::mem::size_of::<gilpy_vm::Value>(), 16);
}
