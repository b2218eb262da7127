;; weighted
(module
  (type (;0;) (func (param i32 i32 i32) (result i64)))
  (type (;1;) (func (param i32)))
  (type (;2;) (func (param i32 i32 i32) (result i32)))
  (import "env" "memory" (memory (;0;) 0))
  (import "env" "0" (func (;0;) (type 1)))
  (import "env" "1" (func (;1;) (type 2)))
  (import "env" "2" (func (;2;) (type 2)))
  (import "env" "3" (func (;3;) (type 2)))
  (import "env" "4" (func (;4;) (type 2)))
  (import "env" "5" (func (;5;) (type 2)))
  (import "env" "6" (func (;6;) (type 2)))
  (import "env" "7" (func (;7;) (type 2)))
  (import "env" "8" (func (;8;) (type 2)))
  (import "env" "9" (func (;9;) (type 2)))
  (import "env" "10" (func (;10;) (type 2)))
  (import "env" "11" (func (;11;) (type 2)))
  (import "env" "12" (func (;12;) (type 2)))
  (export "0" (func 13))
  (func (;13;) (type 0) (param i32 i32 i32) (result i64)
    (local i32 i32 i64 i32 i64 i32 i32 f64 f64)
    local.get 1
    i64.extend_i32_u
    i64.const 32
    i64.shl
    local.get 2
    i64.extend_i32_u
    i64.or
    local.set 5
    loop ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  block ;; label = @8
                    block ;; label = @9
                      block ;; label = @10
                        block ;; label = @11
                          block ;; label = @12
                            block ;; label = @13
                              block ;; label = @14
                                block ;; label = @15
                                  block ;; label = @16
                                    block ;; label = @17
                                      block ;; label = @18
                                        block ;; label = @19
                                          block ;; label = @20
                                            block ;; label = @21
                                              block ;; label = @22
                                                block ;; label = @23
                                                  block ;; label = @24
                                                    local.get 1
                                                    br_table 0 (;@24;) 1 (;@23;) 2 (;@22;) 22 (;@2;) 22 (;@2;) 22 (;@2;) 3 (;@21;) 4 (;@20;) 22 (;@2;) 22 (;@2;) 22 (;@2;) 5 (;@19;) 6 (;@18;) 22 (;@2;) 7 (;@17;) 8 (;@16;) 9 (;@15;) 10 (;@14;) 22 (;@2;) 11 (;@13;) 12 (;@12;) 13 (;@11;) 14 (;@10;) 15 (;@9;) 22 (;@2;) 16 (;@8;) 22 (;@2;) 17 (;@7;) 18 (;@6;) 19 (;@5;) 20 (;@4;) 21 (;@3;) 22 (;@2;)
                                                  end
                                                  i32.const 1
                                                  local.set 3
                                                  local.get 0
                                                  local.get 3
                                                  i32.store offset=20
                                                end
                                                local.get 0
                                                i32.load offset=8
                                                local.set 3
                                                local.get 0
                                                i32.load offset=20
                                                local.set 4
                                                local.get 0
                                                local.get 4
                                                i32.store offset=8
                                                local.get 0
                                                i32.const 0
                                                i32.store offset=20
                                                local.get 3
                                                i32.const 1
                                                i32.and
                                                i32.eqz
                                                local.get 3
                                                i32.const 0
                                                i32.ne
                                                i32.and
                                                if ;; label = @23
                                                  local.get 3
                                                  local.get 3
                                                  i32.load
                                                  i32.const 1
                                                  i32.sub
                                                  local.tee 8
                                                  i32.store
                                                  local.get 8
                                                  i32.eqz
                                                  if ;; label = @24
                                                    local.get 3
                                                    call 0
                                                  end
                                                end
                                              end
                                              i32.const 8192
                                              i32.load8_u
                                              if ;; label = @22
                                                i64.const 9663741952
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                              i32.const 16384
                                              i32.load
                                              i32.const 7
                                              i32.ne
                                              i32.const 16388
                                              i32.load
                                              i32.const 9
                                              i32.ne
                                              i32.or
                                              if ;; label = @22
                                                i64.const 10737418240
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                              i32.const 20488
                                              i32.load
                                              local.tee 3
                                              i32.eqz
                                              if ;; label = @22
                                                i64.const 10737418240
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                              local.get 3
                                              i32.const 1
                                              i32.and
                                              i32.eqz
                                              if ;; label = @22
                                                local.get 3
                                                local.get 3
                                                i32.load
                                                i32.const 1
                                                i32.add
                                                i32.store
                                              end
                                              local.get 0
                                              local.get 3
                                              i32.store offset=24
                                            end
                                            local.get 0
                                            i32.load offset=4
                                            local.tee 3
                                            i32.eqz
                                            if ;; label = @21
                                              i64.const 25769803778
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            local.get 3
                                            i32.const 1
                                            i32.and
                                            i32.eqz
                                            if ;; label = @21
                                              local.get 3
                                              local.get 3
                                              i32.load
                                              i32.const 1
                                              i32.add
                                              i32.store
                                            end
                                            local.get 0
                                            local.get 3
                                            i32.store offset=28
                                          end
                                          local.get 0
                                          i32.const 20
                                          i32.add
                                          i32.const 24576
                                          i32.const 7
                                          call 7
                                          local.tee 6
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 30064771075
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 6
                                          i32.const 2
                                          i32.eq
                                          if ;; label = @20
                                            i64.const 47781511168
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                        end
                                        i32.const 8192
                                        i32.load8_u
                                        if ;; label = @19
                                          i64.const 48318840833
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 0
                                        i32.const 20
                                        i32.add
                                        i32.const 24576
                                        i32.const 11
                                        call 9
                                        local.tee 6
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 47244640257
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                      end
                                      i32.const 8192
                                      i32.load8_u
                                      if ;; label = @18
                                        i64.const 52614070273
                                        local.set 5
                                        br 16 (;@2;)
                                      end
                                      block ;; label = @18
                                        block ;; label = @19
                                          local.get 0
                                          i32.load offset=20
                                          local.tee 3
                                          i32.load offset=12
                                          i32.const 9472
                                          i32.eq
                                          local.get 3
                                          i32.load offset=8
                                          i32.const 2
                                          i32.eq
                                          i32.and
                                          if ;; label = @20
                                            local.get 3
                                            i64.load offset=32
                                            local.tee 7
                                            i64.const 0
                                            i64.le_s
                                            if ;; label = @21
                                              local.get 0
                                              i32.const 0
                                              i32.store offset=20
                                              local.get 3
                                              local.get 3
                                              i32.load
                                              i32.const 1
                                              i32.sub
                                              local.tee 8
                                              i32.store
                                              local.get 8
                                              i32.eqz
                                              if ;; label = @22
                                                local.get 3
                                                call 0
                                              end
                                              i32.const 8192
                                              i32.load8_u
                                              if ;; label = @22
                                                i64.const 129923547136
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                              br 17 (;@4;)
                                            end
                                            local.get 3
                                            i64.load offset=16
                                            i64.const 1073741824
                                            i64.add
                                            i64.const 2147483648
                                            i64.ge_u
                                            br_if 1 (;@19;)
                                            local.get 3
                                            i64.load offset=16
                                            i32.wrap_i64
                                            i32.const 1
                                            i32.shl
                                            i32.const 1
                                            i32.or
                                            local.set 6
                                            local.get 3
                                            local.get 7
                                            i64.const 1
                                            i64.sub
                                            local.tee 7
                                            i64.store offset=32
                                            local.get 7
                                            i64.const 0
                                            i64.gt_s
                                            if ;; label = @21
                                              local.get 3
                                              local.get 3
                                              i64.load offset=16
                                              local.get 3
                                              i64.load offset=24
                                              i64.add
                                              i64.store offset=16
                                            end
                                            local.get 0
                                            local.get 6
                                            i32.store offset=24
                                          else
                                            local.get 3
                                            i32.load offset=12
                                            i32.const 9728
                                            i32.ne
                                            local.get 3
                                            i32.load offset=8
                                            i32.const 0
                                            i32.ne
                                            i32.or
                                            br_if 1 (;@19;)
                                            local.get 3
                                            i32.load offset=16
                                            local.tee 4
                                            i32.eqz
                                            br_if 1 (;@19;)
                                            local.get 4
                                            i32.load8_u offset=4
                                            i32.const 9
                                            i32.ne
                                            br_if 1 (;@19;)
                                            local.get 3
                                            i32.load offset=20
                                            local.tee 6
                                            local.get 4
                                            i32.load offset=20
                                            i32.ge_u
                                            if ;; label = @21
                                              local.get 3
                                              i32.const 0
                                              i32.store offset=16
                                              local.get 4
                                              local.get 4
                                              i32.load
                                              i32.const 1
                                              i32.sub
                                              local.tee 8
                                              i32.store
                                              local.get 8
                                              i32.eqz
                                              if ;; label = @22
                                                local.get 4
                                                call 0
                                              end
                                              local.get 0
                                              i32.const 0
                                              i32.store offset=20
                                              local.get 3
                                              local.get 3
                                              i32.load
                                              i32.const 1
                                              i32.sub
                                              local.tee 8
                                              i32.store
                                              local.get 8
                                              i32.eqz
                                              if ;; label = @22
                                                local.get 3
                                                call 0
                                              end
                                              i32.const 8192
                                              i32.load8_u
                                              if ;; label = @22
                                                i64.const 129923547136
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                              br 17 (;@4;)
                                            end
                                            local.get 4
                                            i32.load offset=16
                                            local.get 6
                                            i32.const 2
                                            i32.shl
                                            i32.add
                                            i32.load
                                            local.set 9
                                            local.get 9
                                            i32.const 1
                                            i32.and
                                            i32.eqz
                                            if ;; label = @21
                                              local.get 9
                                              local.get 9
                                              i32.load
                                              i32.const 1
                                              i32.add
                                              i32.store
                                            end
                                            local.get 0
                                            local.get 9
                                            i32.store offset=24
                                            local.get 3
                                            local.get 6
                                            i32.const 1
                                            i32.add
                                            i32.store offset=20
                                          end
                                          br 1 (;@18;)
                                        end
                                        local.get 0
                                        i32.const 20
                                        i32.add
                                        i32.const 24576
                                        i32.const 12
                                        call 6
                                        local.tee 6
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 53687091201
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 6
                                        i32.const 2
                                        i32.eq
                                        if ;; label = @19
                                          i32.const 8192
                                          i32.load8_u
                                          if ;; label = @20
                                            i64.const 129923547136
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          br 15 (;@4;)
                                        end
                                      end
                                    end
                                    i32.const 8192
                                    i32.load8_u
                                    if ;; label = @17
                                      i64.const 61204070402
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 0
                                    i32.load offset=12
                                    local.set 3
                                    local.get 0
                                    i32.load offset=24
                                    local.set 4
                                    local.get 0
                                    local.get 4
                                    i32.store offset=12
                                    local.get 0
                                    i32.const 0
                                    i32.store offset=24
                                    local.get 3
                                    i32.const 1
                                    i32.and
                                    i32.eqz
                                    local.get 3
                                    i32.const 0
                                    i32.ne
                                    i32.and
                                    if ;; label = @17
                                      local.get 3
                                      local.get 3
                                      i32.load
                                      i32.const 1
                                      i32.sub
                                      local.tee 8
                                      i32.store
                                      local.get 8
                                      i32.eqz
                                      if ;; label = @18
                                        local.get 3
                                        call 0
                                      end
                                    end
                                  end
                                  i32.const 8192
                                  i32.load8_u
                                  if ;; label = @16
                                    i64.const 65499168769
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                  local.get 0
                                  i32.load
                                  local.tee 3
                                  i32.eqz
                                  if ;; label = @16
                                    i64.const 64424509441
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                  local.get 3
                                  i32.const 1
                                  i32.and
                                  i32.eqz
                                  if ;; label = @16
                                    local.get 3
                                    local.get 3
                                    i32.load
                                    i32.const 1
                                    i32.add
                                    i32.store
                                  end
                                  local.get 0
                                  local.get 3
                                  i32.store offset=24
                                end
                                local.get 0
                                i32.const 24
                                i32.add
                                i32.const 24576
                                i32.const 16
                                call 9
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 68719476738
                                  local.set 5
                                  br 13 (;@2;)
                                end
                              end
                              i32.const 8192
                              i32.load8_u
                              if ;; label = @14
                                i64.const 74089234434
                                local.set 5
                                br 12 (;@2;)
                              end
                              block ;; label = @14
                                block ;; label = @15
                                  local.get 0
                                  i32.load offset=24
                                  local.tee 3
                                  i32.load offset=12
                                  i32.const 9472
                                  i32.eq
                                  local.get 3
                                  i32.load offset=8
                                  i32.const 2
                                  i32.eq
                                  i32.and
                                  if ;; label = @16
                                    local.get 3
                                    i64.load offset=32
                                    local.tee 7
                                    i64.const 0
                                    i64.le_s
                                    if ;; label = @17
                                      local.get 0
                                      i32.const 0
                                      i32.store offset=24
                                      local.get 3
                                      local.get 3
                                      i32.load
                                      i32.const 1
                                      i32.sub
                                      local.tee 8
                                      i32.store
                                      local.get 8
                                      i32.eqz
                                      if ;; label = @18
                                        local.get 3
                                        call 0
                                      end
                                      i32.const 8192
                                      i32.load8_u
                                      if ;; label = @18
                                        i64.const 125628907521
                                        local.set 5
                                        br 16 (;@2;)
                                      end
                                      br 12 (;@5;)
                                    end
                                    local.get 3
                                    i64.load offset=16
                                    i64.const 1073741824
                                    i64.add
                                    i64.const 2147483648
                                    i64.ge_u
                                    br_if 1 (;@15;)
                                    local.get 3
                                    i64.load offset=16
                                    i32.wrap_i64
                                    i32.const 1
                                    i32.shl
                                    i32.const 1
                                    i32.or
                                    local.set 6
                                    local.get 3
                                    local.get 7
                                    i64.const 1
                                    i64.sub
                                    local.tee 7
                                    i64.store offset=32
                                    local.get 7
                                    i64.const 0
                                    i64.gt_s
                                    if ;; label = @17
                                      local.get 3
                                      local.get 3
                                      i64.load offset=16
                                      local.get 3
                                      i64.load offset=24
                                      i64.add
                                      i64.store offset=16
                                    end
                                    local.get 0
                                    local.get 6
                                    i32.store offset=28
                                  else
                                    local.get 3
                                    i32.load offset=12
                                    i32.const 9728
                                    i32.ne
                                    local.get 3
                                    i32.load offset=8
                                    i32.const 0
                                    i32.ne
                                    i32.or
                                    br_if 1 (;@15;)
                                    local.get 3
                                    i32.load offset=16
                                    local.tee 4
                                    i32.eqz
                                    br_if 1 (;@15;)
                                    local.get 4
                                    i32.load8_u offset=4
                                    i32.const 9
                                    i32.ne
                                    br_if 1 (;@15;)
                                    local.get 3
                                    i32.load offset=20
                                    local.tee 6
                                    local.get 4
                                    i32.load offset=20
                                    i32.ge_u
                                    if ;; label = @17
                                      local.get 3
                                      i32.const 0
                                      i32.store offset=16
                                      local.get 4
                                      local.get 4
                                      i32.load
                                      i32.const 1
                                      i32.sub
                                      local.tee 8
                                      i32.store
                                      local.get 8
                                      i32.eqz
                                      if ;; label = @18
                                        local.get 4
                                        call 0
                                      end
                                      local.get 0
                                      i32.const 0
                                      i32.store offset=24
                                      local.get 3
                                      local.get 3
                                      i32.load
                                      i32.const 1
                                      i32.sub
                                      local.tee 8
                                      i32.store
                                      local.get 8
                                      i32.eqz
                                      if ;; label = @18
                                        local.get 3
                                        call 0
                                      end
                                      i32.const 8192
                                      i32.load8_u
                                      if ;; label = @18
                                        i64.const 125628907521
                                        local.set 5
                                        br 16 (;@2;)
                                      end
                                      br 12 (;@5;)
                                    end
                                    local.get 4
                                    i32.load offset=16
                                    local.get 6
                                    i32.const 2
                                    i32.shl
                                    i32.add
                                    i32.load
                                    local.set 9
                                    local.get 9
                                    i32.const 1
                                    i32.and
                                    i32.eqz
                                    if ;; label = @17
                                      local.get 9
                                      local.get 9
                                      i32.load
                                      i32.const 1
                                      i32.add
                                      i32.store
                                    end
                                    local.get 0
                                    local.get 9
                                    i32.store offset=28
                                    local.get 3
                                    local.get 6
                                    i32.const 1
                                    i32.add
                                    i32.store offset=20
                                  end
                                  br 1 (;@14;)
                                end
                                local.get 0
                                i32.const 24
                                i32.add
                                i32.const 24576
                                i32.const 17
                                call 6
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 75161927682
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 6
                                i32.const 2
                                i32.eq
                                if ;; label = @15
                                  i32.const 8192
                                  i32.load8_u
                                  if ;; label = @16
                                    i64.const 125628907521
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                  br 10 (;@5;)
                                end
                              end
                            end
                            i32.const 8192
                            i32.load8_u
                            if ;; label = @13
                              i64.const 82679234563
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 0
                            i32.load offset=16
                            local.set 3
                            local.get 0
                            i32.load offset=28
                            local.set 4
                            local.get 0
                            local.get 4
                            i32.store offset=16
                            local.get 0
                            i32.const 0
                            i32.store offset=28
                            local.get 3
                            i32.const 1
                            i32.and
                            i32.eqz
                            local.get 3
                            i32.const 0
                            i32.ne
                            i32.and
                            if ;; label = @13
                              local.get 3
                              local.get 3
                              i32.load
                              i32.const 1
                              i32.sub
                              local.tee 8
                              i32.store
                              local.get 8
                              i32.eqz
                              if ;; label = @14
                                local.get 3
                                call 0
                              end
                            end
                          end
                          i32.const 8192
                          i32.load8_u
                          if ;; label = @12
                            i64.const 86974332930
                            local.set 5
                            br 10 (;@2;)
                          end
                          local.get 0
                          i32.load offset=8
                          local.tee 3
                          i32.eqz
                          if ;; label = @12
                            i64.const 85899345922
                            local.set 5
                            br 10 (;@2;)
                          end
                          local.get 3
                          i32.const 1
                          i32.and
                          i32.eqz
                          if ;; label = @12
                            local.get 3
                            local.get 3
                            i32.load
                            i32.const 1
                            i32.add
                            i32.store
                          end
                          local.get 0
                          local.get 3
                          i32.store offset=28
                        end
                        local.get 0
                        i32.load offset=16
                        local.tee 3
                        i32.eqz
                        if ;; label = @11
                          i64.const 90194313219
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 3
                        i32.const 1
                        i32.and
                        i32.eqz
                        if ;; label = @11
                          local.get 3
                          local.get 3
                          i32.load
                          i32.const 1
                          i32.add
                          i32.store
                        end
                        local.get 0
                        local.get 3
                        i32.store offset=32
                      end
                      local.get 0
                      i32.load offset=12
                      local.tee 3
                      i32.eqz
                      if ;; label = @10
                        i64.const 94489280516
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 3
                      i32.const 1
                      i32.and
                      i32.eqz
                      if ;; label = @10
                        local.get 3
                        local.get 3
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                      end
                      local.get 0
                      local.get 3
                      i32.store offset=36
                    end
                    local.get 0
                    i32.load offset=32
                    local.set 3
                    local.get 0
                    i32.load offset=36
                    local.tee 4
                    local.get 3
                    i32.and
                    i32.const 1
                    i32.and
                    i32.eqz
                    if ;; label = @9
                      block ;; label = @10
                        block ;; label = @11
                          local.get 3
                          i32.const 1
                          i32.and
                          if (result f64) ;; label = @12
                            local.get 3
                            i32.const 1
                            i32.shr_s
                            f64.convert_i32_s
                          else
                            local.get 3
                            i32.load offset=12
                            i32.const 8704
                            i32.ne
                            br_if 1 (;@11;)
                            local.get 3
                            f64.load offset=16
                          end
                          local.set 10
                          local.get 4
                          i32.const 1
                          i32.and
                          if (result f64) ;; label = @12
                            local.get 4
                            i32.const 1
                            i32.shr_s
                            f64.convert_i32_s
                          else
                            local.get 4
                            i32.load offset=12
                            i32.const 8704
                            i32.ne
                            br_if 1 (;@11;)
                            local.get 4
                            f64.load offset=16
                          end
                          local.set 11
                          local.get 10
                          local.get 11
                          f64.mul
                          local.set 10
                          i32.const 8960
                          i32.load
                          local.tee 9
                          i32.eqz
                          br_if 0 (;@11;)
                          i32.const 8960
                          local.get 9
                          i32.load offset=16
                          i32.store
                          i32.const 8964
                          i32.const 8964
                          i32.load
                          i32.const 1
                          i32.sub
                          i32.store
                          local.get 9
                          i32.const 1
                          i32.store
                          local.get 9
                          local.get 10
                          f64.store offset=16
                          local.get 0
                          local.get 9
                          i32.store offset=32
                          local.get 0
                          i32.const 0
                          i32.store offset=36
                          local.get 3
                          i32.const 1
                          i32.and
                          i32.eqz
                          local.get 3
                          i32.const 0
                          i32.ne
                          i32.and
                          if ;; label = @12
                            local.get 3
                            local.get 3
                            i32.load
                            i32.const 1
                            i32.sub
                            local.tee 8
                            i32.store
                            local.get 8
                            i32.eqz
                            if ;; label = @13
                              local.get 3
                              call 0
                            end
                          end
                          local.get 4
                          i32.const 1
                          i32.and
                          i32.eqz
                          local.get 4
                          i32.const 0
                          i32.ne
                          i32.and
                          if ;; label = @12
                            local.get 4
                            local.get 4
                            i32.load
                            i32.const 1
                            i32.sub
                            local.tee 8
                            i32.store
                            local.get 8
                            i32.eqz
                            if ;; label = @13
                              local.get 4
                              call 0
                            end
                          end
                          br 1 (;@10;)
                        end
                        local.get 0
                        i32.const 32
                        i32.add
                        i32.const 24576
                        i32.const 23
                        call 10
                        local.tee 6
                        i32.eqz
                        if ;; label = @11
                          i64.const 98784247813
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 6
                        i32.const 2
                        i32.eq
                        if ;; label = @11
                          i64.const 107911053315
                          local.set 5
                          br 9 (;@2;)
                        end
                      end
                    else
                      local.get 3
                      i64.extend_i32_s
                      i64.const 1
                      i64.shr_s
                      local.get 4
                      i64.extend_i32_s
                      i64.const 1
                      i64.shr_s
                      i64.mul
                      local.set 7
                      local.get 7
                      i64.const -1073741824
                      i64.lt_s
                      local.get 7
                      i64.const 1073741823
                      i64.gt_s
                      i32.or
                      if ;; label = @10
                        local.get 0
                        i32.const 32
                        i32.add
                        i32.const 24576
                        i32.const 23
                        call 10
                        local.tee 6
                        i32.eqz
                        if ;; label = @11
                          i64.const 98784247813
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 6
                        i32.const 2
                        i32.eq
                        if ;; label = @11
                          i64.const 107911053315
                          local.set 5
                          br 9 (;@2;)
                        end
                      else
                        local.get 7
                        i64.const 1
                        i64.shl
                        i64.const 1
                        i64.or
                        i32.wrap_i64
                        local.set 3
                        local.get 0
                        local.get 3
                        i32.store offset=32
                        local.get 0
                        i32.const 0
                        i32.store offset=36
                      end
                    end
                  end
                  i32.const 8192
                  i32.load8_u
                  if ;; label = @8
                    i64.const 108449431556
                    local.set 5
                    br 6 (;@2;)
                  end
                  local.get 0
                  i32.load offset=28
                  local.set 3
                  local.get 0
                  i32.load offset=32
                  local.tee 4
                  local.get 3
                  i32.and
                  i32.const 1
                  i32.and
                  i32.eqz
                  if ;; label = @8
                    block ;; label = @9
                      block ;; label = @10
                        local.get 3
                        i32.const 1
                        i32.and
                        if (result f64) ;; label = @11
                          local.get 3
                          i32.const 1
                          i32.shr_s
                          f64.convert_i32_s
                        else
                          local.get 3
                          i32.load offset=12
                          i32.const 8704
                          i32.ne
                          br_if 1 (;@10;)
                          local.get 3
                          f64.load offset=16
                        end
                        local.set 10
                        local.get 4
                        i32.const 1
                        i32.and
                        if (result f64) ;; label = @11
                          local.get 4
                          i32.const 1
                          i32.shr_s
                          f64.convert_i32_s
                        else
                          local.get 4
                          i32.load offset=12
                          i32.const 8704
                          i32.ne
                          br_if 1 (;@10;)
                          local.get 4
                          f64.load offset=16
                        end
                        local.set 11
                        local.get 10
                        local.get 11
                        f64.add
                        local.set 10
                        i32.const 8960
                        i32.load
                        local.tee 9
                        i32.eqz
                        br_if 0 (;@10;)
                        i32.const 8960
                        local.get 9
                        i32.load offset=16
                        i32.store
                        i32.const 8964
                        i32.const 8964
                        i32.load
                        i32.const 1
                        i32.sub
                        i32.store
                        local.get 9
                        i32.const 1
                        i32.store
                        local.get 9
                        local.get 10
                        f64.store offset=16
                        local.get 0
                        local.get 9
                        i32.store offset=28
                        local.get 0
                        i32.const 0
                        i32.store offset=32
                        local.get 3
                        i32.const 1
                        i32.and
                        i32.eqz
                        local.get 3
                        i32.const 0
                        i32.ne
                        i32.and
                        if ;; label = @11
                          local.get 3
                          local.get 3
                          i32.load
                          i32.const 1
                          i32.sub
                          local.tee 8
                          i32.store
                          local.get 8
                          i32.eqz
                          if ;; label = @12
                            local.get 3
                            call 0
                          end
                        end
                        local.get 4
                        i32.const 1
                        i32.and
                        i32.eqz
                        local.get 4
                        i32.const 0
                        i32.ne
                        i32.and
                        if ;; label = @11
                          local.get 4
                          local.get 4
                          i32.load
                          i32.const 1
                          i32.sub
                          local.tee 8
                          i32.store
                          local.get 8
                          i32.eqz
                          if ;; label = @12
                            local.get 4
                            call 0
                          end
                        end
                        br 1 (;@9;)
                      end
                      local.get 0
                      i32.const 28
                      i32.add
                      i32.const 24576
                      i32.const 25
                      call 10
                      local.tee 6
                      i32.eqz
                      if ;; label = @10
                        i64.const 107374182404
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 6
                      i32.const 2
                      i32.eq
                      if ;; label = @10
                        i64.const 116500987906
                        local.set 5
                        br 8 (;@2;)
                      end
                    end
                  else
                    local.get 3
                    i64.extend_i32_s
                    i64.const 1
                    i64.shr_s
                    local.get 4
                    i64.extend_i32_s
                    i64.const 1
                    i64.shr_s
                    i64.add
                    local.set 7
                    local.get 7
                    i64.const -1073741824
                    i64.lt_s
                    local.get 7
                    i64.const 1073741823
                    i64.gt_s
                    i32.or
                    if ;; label = @9
                      local.get 0
                      i32.const 28
                      i32.add
                      i32.const 24576
                      i32.const 25
                      call 10
                      local.tee 6
                      i32.eqz
                      if ;; label = @10
                        i64.const 107374182404
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 6
                      i32.const 2
                      i32.eq
                      if ;; label = @10
                        i64.const 116500987906
                        local.set 5
                        br 8 (;@2;)
                      end
                    else
                      local.get 7
                      i64.const 1
                      i64.shl
                      i64.const 1
                      i64.or
                      i32.wrap_i64
                      local.set 3
                      local.get 0
                      local.get 3
                      i32.store offset=28
                      local.get 0
                      i32.const 0
                      i32.store offset=32
                    end
                  end
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 117039497219
                  local.set 5
                  br 5 (;@2;)
                end
                local.get 0
                i32.load offset=8
                local.set 3
                local.get 0
                i32.load offset=28
                local.set 4
                local.get 0
                local.get 4
                i32.store offset=8
                local.get 0
                i32.const 0
                i32.store offset=28
                local.get 3
                i32.const 1
                i32.and
                i32.eqz
                local.get 3
                i32.const 0
                i32.ne
                i32.and
                if ;; label = @7
                  local.get 3
                  local.get 3
                  i32.load
                  i32.const 1
                  i32.sub
                  local.tee 8
                  i32.store
                  local.get 8
                  i32.eqz
                  if ;; label = @8
                    local.get 3
                    call 0
                  end
                end
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 121334595586
                local.set 5
                br 4 (;@2;)
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 120259084290
                local.set 5
                br 4 (;@2;)
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 74090020866
                local.set 5
                br 4 (;@2;)
              end
              i32.const 17
              local.set 1
              br 4 (;@1;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 125629628417
              local.set 5
              br 3 (;@2;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 124554051585
              local.set 5
              br 3 (;@2;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 52615249921
              local.set 5
              br 3 (;@2;)
            end
            i32.const 12
            local.set 1
            br 3 (;@1;)
          end
          i32.const 8192
          i32.load8_u
          if ;; label = @4
            i64.const 129924661248
            local.set 5
            br 2 (;@2;)
          end
          local.get 0
          i32.load offset=8
          local.tee 3
          i32.eqz
          if ;; label = @4
            i64.const 128849018880
            local.set 5
            br 2 (;@2;)
          end
          local.get 3
          i32.const 1
          i32.and
          i32.eqz
          if ;; label = @4
            local.get 3
            local.get 3
            i32.load
            i32.const 1
            i32.add
            i32.store
          end
          local.get 0
          local.get 3
          i32.store offset=20
        end
        i64.const 133143986177
        local.set 5
        br 0 (;@2;)
        unreachable
      end
      local.get 5
      return
    end
    unreachable
  )
)

