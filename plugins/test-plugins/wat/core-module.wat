;; A core WebAssembly module, not a component: it has no `describe` the
;; host could call, and the host says what it is instead of guessing.
(module
  (func (export "describe") (result i32)
    i32.const 0))
