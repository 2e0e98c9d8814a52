mod common;
use common::check;

#[test]
fn prints() {
    check("print(1 + 2, 'a', None, 2.5)\n", "3 a None 2.5\n");
}
