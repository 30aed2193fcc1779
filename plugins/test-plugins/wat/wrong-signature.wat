;; A component that exports `zcp:evaluation/evaluator@1.1.0` by name, with
;; functions of the wrong types: the export name alone is not trusted.
(component
  (core module $m
    (func (export "describe") (result i32)
      i32.const 7)
    (func (export "evaluate") (param i32) (result i32)
      local.get 0))
  (core instance $i (instantiate $m))
  (func $describe (result u32) (canon lift (core func $i "describe")))
  (func $evaluate (param "parameters" u32) (result u32)
    (canon lift (core func $i "evaluate")))
  (instance $evaluator
    (export "describe" (func $describe))
    (export "evaluate" (func $evaluate)))
  (export "zcp:evaluation/evaluator@1.1.0" (instance $evaluator)))
