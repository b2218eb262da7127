;; shift
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
                                                    block ;; label = @25
                                                      block ;; label = @26
                                                        block ;; label = @27
                                                          block ;; label = @28
                                                            block ;; label = @29
                                                              block ;; label = @30
                                                                block ;; label = @31
                                                                  block ;; label = @32
                                                                    block ;; label = @33
                                                                      block ;; label = @34
                                                                        block ;; label = @35
                                                                          local.get 1
                                                                          br_table 0 (;@35;) 1 (;@34;) 2 (;@33;) 3 (;@32;) 4 (;@31;) 33 (;@2;) 5 (;@30;) 6 (;@29;) 7 (;@28;) 8 (;@27;) 33 (;@2;) 9 (;@26;) 10 (;@25;) 11 (;@24;) 33 (;@2;) 12 (;@23;) 13 (;@22;) 33 (;@2;) 14 (;@21;) 33 (;@2;) 15 (;@20;) 16 (;@19;) 17 (;@18;) 18 (;@17;) 33 (;@2;) 19 (;@16;) 33 (;@2;) 20 (;@15;) 21 (;@14;) 22 (;@13;) 33 (;@2;) 23 (;@12;) 24 (;@11;) 25 (;@10;) 26 (;@9;) 33 (;@2;) 27 (;@8;) 28 (;@7;) 29 (;@6;) 30 (;@5;) 31 (;@4;) 32 (;@3;) 33 (;@2;)
                                                                        end
                                                                        i32.const 1
                                                                        local.set 3
                                                                        local.get 0
                                                                        local.get 3
                                                                        i32.store offset=16
                                                                      end
                                                                      local.get 0
                                                                      i32.load offset=12
                                                                      local.set 3
                                                                      local.get 0
                                                                      i32.load offset=16
                                                                      local.set 4
                                                                      local.get 0
                                                                      local.get 4
                                                                      i32.store offset=12
                                                                      local.get 0
                                                                      i32.const 0
                                                                      i32.store offset=16
                                                                      local.get 3
                                                                      i32.const 1
                                                                      i32.and
                                                                      i32.eqz
                                                                      local.get 3
                                                                      i32.const 0
                                                                      i32.ne
                                                                      i32.and
                                                                      if ;; label = @34
                                                                        local.get 3
                                                                        local.get 3
                                                                        i32.load
                                                                        i32.const 1
                                                                        i32.sub
                                                                        local.tee 8
                                                                        i32.store
                                                                        local.get 8
                                                                        i32.eqz
                                                                        if ;; label = @35
                                                                          local.get 3
                                                                          call 0
                                                                        end
                                                                      end
                                                                    end
                                                                    i32.const 8192
                                                                    i32.load8_u
                                                                    if ;; label = @33
                                                                      i64.const 9663741952
                                                                      local.set 5
                                                                      br 31 (;@2;)
                                                                    end
                                                                    local.get 0
                                                                    i32.load offset=12
                                                                    local.tee 3
                                                                    i32.eqz
                                                                    if ;; label = @33
                                                                      i64.const 8589934592
                                                                      local.set 5
                                                                      br 31 (;@2;)
                                                                    end
                                                                    local.get 3
                                                                    i32.const 1
                                                                    i32.and
                                                                    i32.eqz
                                                                    if ;; label = @33
                                                                      local.get 3
                                                                      local.get 3
                                                                      i32.load
                                                                      i32.const 1
                                                                      i32.add
                                                                      i32.store
                                                                    end
                                                                    local.get 0
                                                                    local.get 3
                                                                    i32.store offset=16
                                                                  end
                                                                  local.get 0
                                                                  i32.load offset=8
                                                                  local.tee 3
                                                                  i32.eqz
                                                                  if ;; label = @32
                                                                    i64.const 12884901889
                                                                    local.set 5
                                                                    br 30 (;@2;)
                                                                  end
                                                                  local.get 3
                                                                  i32.const 1
                                                                  i32.and
                                                                  i32.eqz
                                                                  if ;; label = @32
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
                                                                local.get 0
                                                                i32.load offset=16
                                                                local.set 3
                                                                local.get 0
                                                                i32.load offset=20
                                                                local.tee 4
                                                                local.get 3
                                                                i32.and
                                                                i32.const 1
                                                                i32.and
                                                                if ;; label = @31
                                                                  local.get 3
                                                                  local.get 4
                                                                  i32.lt_s
                                                                  local.set 6
                                                                else
                                                                  block ;; label = @32
                                                                    block ;; label = @33
                                                                      local.get 3
                                                                      i32.const 1
                                                                      i32.and
                                                                      br_if 0 (;@33;)
                                                                      local.get 3
                                                                      i32.load offset=12
                                                                      i32.const 9216
                                                                      i32.ne
                                                                      br_if 0 (;@33;)
                                                                      local.get 4
                                                                      i32.const 1
                                                                      i32.and
                                                                      br_if 0 (;@33;)
                                                                      local.get 4
                                                                      i32.load offset=12
                                                                      i32.const 9216
                                                                      i32.ne
                                                                      br_if 0 (;@33;)
                                                                      local.get 3
                                                                      i32.load offset=16
                                                                      local.set 9
                                                                      local.get 4
                                                                      i32.load offset=16
                                                                      local.set 6
                                                                      local.get 9
                                                                      i32.const 1
                                                                      i32.ne
                                                                      local.get 6
                                                                      i32.const 1
                                                                      i32.ne
                                                                      i32.or
                                                                      br_if 0 (;@33;)
                                                                      local.get 3
                                                                      i32.load offset=12
                                                                      i32.load8_u
                                                                      local.get 4
                                                                      i32.load offset=12
                                                                      i32.load8_u
                                                                      i32.lt_u
                                                                      local.set 6
                                                                      local.get 0
                                                                      i32.const 0
                                                                      i32.store offset=16
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
                                                                      if ;; label = @34
                                                                        local.get 3
                                                                        call 0
                                                                      end
                                                                      local.get 4
                                                                      local.get 4
                                                                      i32.load
                                                                      i32.const 1
                                                                      i32.sub
                                                                      local.tee 8
                                                                      i32.store
                                                                      local.get 8
                                                                      i32.eqz
                                                                      if ;; label = @34
                                                                        local.get 4
                                                                        call 0
                                                                      end
                                                                      br 1 (;@32;)
                                                                    end
                                                                    local.get 0
                                                                    i32.const 16
                                                                    i32.add
                                                                    i32.const 24576
                                                                    i32.const 4
                                                                    call 8
                                                                    local.tee 6
                                                                    i32.eqz
                                                                    if ;; label = @33
                                                                      i64.const 17179869186
                                                                      local.set 5
                                                                      br 31 (;@2;)
                                                                    end
                                                                    local.get 6
                                                                    i32.const 2
                                                                    i32.eq
                                                                    local.set 6
                                                                  end
                                                                end
                                                                local.get 6
                                                                local.get 0
                                                                i32.const 0
                                                                i32.store offset=20
                                                                local.get 0
                                                                i32.const 0
                                                                i32.store offset=16
                                                                i32.eqz
                                                                if ;; label = @31
                                                                  i32.const 8192
                                                                  i32.load8_u
                                                                  if ;; label = @32
                                                                    i64.const 172872695808
                                                                    local.set 5
                                                                    br 30 (;@2;)
                                                                  end
                                                                  br 27 (;@4;)
                                                                end
                                                                i32.const 8192
                                                                i32.load8_u
                                                                if ;; label = @31
                                                                  i64.const 31138775040
                                                                  local.set 5
                                                                  br 29 (;@2;)
                                                                end
                                                                br 1 (;@29;)
                                                              end
                                                              i32.const 8192
                                                              i32.load8_u
                                                              if ;; label = @30
                                                                i64.const 26843807745
                                                                local.set 5
                                                                br 28 (;@2;)
                                                              end
                                                              local.get 0
                                                              i32.load offset=16
                                                              local.tee 3
                                                              i32.const 4096
                                                              i32.eq
                                                              if ;; label = @30
                                                                local.get 0
                                                                i32.const 0
                                                                i32.store offset=16
                                                                i32.const 4096
                                                                i32.const 4096
                                                                i32.load
                                                                i32.const 1
                                                                i32.sub
                                                                i32.store
                                                              else
                                                                local.get 3
                                                                i32.const 4112
                                                                i32.eq
                                                                if ;; label = @31
                                                                  local.get 0
                                                                  i32.const 0
                                                                  i32.store offset=16
                                                                  i32.const 4112
                                                                  i32.const 4112
                                                                  i32.load
                                                                  i32.const 1
                                                                  i32.sub
                                                                  i32.store
                                                                  i32.const 8192
                                                                  i32.load8_u
                                                                  if ;; label = @32
                                                                    i64.const 172872826880
                                                                    local.set 5
                                                                    br 30 (;@2;)
                                                                  end
                                                                  br 27 (;@4;)
                                                                else
                                                                  local.get 3
                                                                  i32.const 1
                                                                  i32.and
                                                                  i32.eqz
                                                                  if ;; label = @32
                                                                    i64.const 27917287425
                                                                    local.set 5
                                                                    br 30 (;@2;)
                                                                  end
                                                                  local.get 0
                                                                  i32.const 0
                                                                  i32.store offset=16
                                                                  local.get 3
                                                                  i32.const 1
                                                                  i32.ne
                                                                  i32.eqz
                                                                  if ;; label = @32
                                                                    i32.const 8192
                                                                    i32.load8_u
                                                                    if ;; label = @33
                                                                      i64.const 172872826880
                                                                      local.set 5
                                                                      br 31 (;@2;)
                                                                    end
                                                                    br 28 (;@4;)
                                                                  end
                                                                end
                                                              end
                                                            end
                                                            i32.const 8192
                                                            i32.load8_u
                                                            if ;; label = @29
                                                              i64.const 31138906112
                                                              local.set 5
                                                              br 27 (;@2;)
                                                            end
                                                            local.get 0
                                                            i32.load
                                                            local.tee 3
                                                            i32.eqz
                                                            if ;; label = @29
                                                              i64.const 30064771072
                                                              local.set 5
                                                              br 27 (;@2;)
                                                            end
                                                            local.get 3
                                                            i32.const 1
                                                            i32.and
                                                            i32.eqz
                                                            if ;; label = @29
                                                              local.get 3
                                                              local.get 3
                                                              i32.load
                                                              i32.const 1
                                                              i32.add
                                                              i32.store
                                                            end
                                                            local.get 0
                                                            local.get 3
                                                            i32.store offset=16
                                                          end
                                                          local.get 0
                                                          i32.load offset=12
                                                          local.tee 3
                                                          i32.eqz
                                                          if ;; label = @28
                                                            i64.const 34359738369
                                                            local.set 5
                                                            br 26 (;@2;)
                                                          end
                                                          local.get 3
                                                          i32.const 1
                                                          i32.and
                                                          i32.eqz
                                                          if ;; label = @28
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
                                                        block ;; label = @27
                                                          block ;; label = @28
                                                            local.get 0
                                                            i32.load offset=20
                                                            local.tee 6
                                                            i32.const 1
                                                            i32.and
                                                            i32.eqz
                                                            br_if 0 (;@28;)
                                                            local.get 0
                                                            i32.load offset=16
                                                            local.tee 3
                                                            i32.const 1
                                                            i32.and
                                                            br_if 0 (;@28;)
                                                            local.get 3
                                                            i32.load offset=12
                                                            i32.const 9216
                                                            i32.eq
                                                            if ;; label = @29
                                                              local.get 3
                                                              i32.load offset=20
                                                              local.set 9
                                                              local.get 3
                                                              i32.load offset=16
                                                              local.set 4
                                                            else
                                                              local.get 3
                                                              i32.load offset=12
                                                              i32.const 9472
                                                              i32.ne
                                                              br_if 1 (;@28;)
                                                              local.get 3
                                                              i32.load offset=16
                                                              local.set 9
                                                              local.get 3
                                                              i32.load offset=12
                                                              local.set 4
                                                            end
                                                            local.get 6
                                                            i32.const 1
                                                            i32.shr_s
                                                            local.tee 6
                                                            i32.const 0
                                                            i32.lt_s
                                                            if ;; label = @29
                                                              local.get 6
                                                              local.get 9
                                                              i32.add
                                                              local.set 6
                                                            end
                                                            local.get 6
                                                            local.get 9
                                                            i32.ge_u
                                                            br_if 0 (;@28;)
                                                            local.get 4
                                                            local.get 6
                                                            i32.const 2
                                                            i32.shl
                                                            i32.add
                                                            local.set 9
                                                            local.get 9
                                                            i32.load
                                                            local.set 4
                                                            local.get 4
                                                            i32.const 1
                                                            i32.and
                                                            i32.eqz
                                                            if ;; label = @29
                                                              local.get 4
                                                              local.get 4
                                                              i32.load
                                                              i32.const 1
                                                              i32.add
                                                              i32.store
                                                            end
                                                            local.get 0
                                                            local.get 4
                                                            i32.store offset=16
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
                                                            if ;; label = @29
                                                              local.get 3
                                                              local.get 3
                                                              i32.load
                                                              i32.const 1
                                                              i32.sub
                                                              local.tee 8
                                                              i32.store
                                                              local.get 8
                                                              i32.eqz
                                                              if ;; label = @30
                                                                local.get 3
                                                                call 0
                                                              end
                                                            end
                                                            br 1 (;@27;)
                                                          end
                                                          local.get 0
                                                          i32.const 20
                                                          i32.add
                                                          i32.const 24576
                                                          i32.const 9
                                                          call 4
                                                          local.tee 6
                                                          i32.eqz
                                                          if ;; label = @28
                                                            i64.const 40802189314
                                                            local.set 5
                                                            br 26 (;@2;)
                                                          end
                                                          local.get 6
                                                          i32.const 2
                                                          i32.eq
                                                          if ;; label = @28
                                                            i64.const 47781511168
                                                            local.set 5
                                                            br 26 (;@2;)
                                                          end
                                                        end
                                                      end
                                                      i32.const 8192
                                                      i32.load8_u
                                                      if ;; label = @26
                                                        i64.const 48318971905
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      local.get 0
                                                      i32.load offset=4
                                                      local.tee 3
                                                      i32.eqz
                                                      if ;; label = @26
                                                        i64.const 47244640257
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      local.get 3
                                                      i32.const 1
                                                      i32.and
                                                      i32.eqz
                                                      if ;; label = @26
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
                                                    local.get 0
                                                    i32.load offset=12
                                                    local.tee 3
                                                    i32.eqz
                                                    if ;; label = @25
                                                      i64.const 51539607554
                                                      local.set 5
                                                      br 23 (;@2;)
                                                    end
                                                    local.get 3
                                                    i32.const 1
                                                    i32.and
                                                    i32.eqz
                                                    if ;; label = @25
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
                                                  block ;; label = @24
                                                    block ;; label = @25
                                                      local.get 0
                                                      i32.load offset=24
                                                      local.tee 6
                                                      i32.const 1
                                                      i32.and
                                                      i32.eqz
                                                      br_if 0 (;@25;)
                                                      local.get 0
                                                      i32.load offset=20
                                                      local.tee 3
                                                      i32.const 1
                                                      i32.and
                                                      br_if 0 (;@25;)
                                                      local.get 3
                                                      i32.load offset=12
                                                      i32.const 9216
                                                      i32.eq
                                                      if ;; label = @26
                                                        local.get 3
                                                        i32.load offset=20
                                                        local.set 9
                                                        local.get 3
                                                        i32.load offset=16
                                                        local.set 4
                                                      else
                                                        local.get 3
                                                        i32.load offset=12
                                                        i32.const 9472
                                                        i32.ne
                                                        br_if 1 (;@25;)
                                                        local.get 3
                                                        i32.load offset=16
                                                        local.set 9
                                                        local.get 3
                                                        i32.load offset=12
                                                        local.set 4
                                                      end
                                                      local.get 6
                                                      i32.const 1
                                                      i32.shr_s
                                                      local.tee 6
                                                      i32.const 0
                                                      i32.lt_s
                                                      if ;; label = @26
                                                        local.get 6
                                                        local.get 9
                                                        i32.add
                                                        local.set 6
                                                      end
                                                      local.get 6
                                                      local.get 9
                                                      i32.ge_u
                                                      br_if 0 (;@25;)
                                                      local.get 4
                                                      local.get 6
                                                      i32.const 2
                                                      i32.shl
                                                      i32.add
                                                      local.set 9
                                                      local.get 9
                                                      i32.load
                                                      local.set 4
                                                      local.get 4
                                                      i32.const 1
                                                      i32.and
                                                      i32.eqz
                                                      if ;; label = @26
                                                        local.get 4
                                                        local.get 4
                                                        i32.load
                                                        i32.const 1
                                                        i32.add
                                                        i32.store
                                                      end
                                                      local.get 0
                                                      local.get 4
                                                      i32.store offset=20
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
                                                      if ;; label = @26
                                                        local.get 3
                                                        local.get 3
                                                        i32.load
                                                        i32.const 1
                                                        i32.sub
                                                        local.tee 8
                                                        i32.store
                                                        local.get 8
                                                        i32.eqz
                                                        if ;; label = @27
                                                          local.get 3
                                                          call 0
                                                        end
                                                      end
                                                      br 1 (;@24;)
                                                    end
                                                    local.get 0
                                                    i32.const 24
                                                    i32.add
                                                    i32.const 24576
                                                    i32.const 13
                                                    call 4
                                                    local.tee 6
                                                    i32.eqz
                                                    if ;; label = @25
                                                      i64.const 57982058499
                                                      local.set 5
                                                      br 23 (;@2;)
                                                    end
                                                    local.get 6
                                                    i32.const 2
                                                    i32.eq
                                                    if ;; label = @25
                                                      i64.const 64961380353
                                                      local.set 5
                                                      br 23 (;@2;)
                                                    end
                                                  end
                                                end
                                                i32.const 8192
                                                i32.load8_u
                                                if ;; label = @23
                                                  i64.const 65499103234
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 0
                                                i32.load offset=8
                                                local.tee 3
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 64424509442
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 3
                                                i32.const 1
                                                i32.and
                                                i32.eqz
                                                if ;; label = @23
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
                                              block ;; label = @22
                                                block ;; label = @23
                                                  local.get 0
                                                  i32.load offset=24
                                                  local.tee 6
                                                  i32.const 1
                                                  i32.and
                                                  i32.eqz
                                                  br_if 0 (;@23;)
                                                  local.get 0
                                                  i32.load offset=20
                                                  local.tee 3
                                                  i32.const 1
                                                  i32.and
                                                  br_if 0 (;@23;)
                                                  local.get 3
                                                  i32.load offset=12
                                                  i32.const 9216
                                                  i32.eq
                                                  if ;; label = @24
                                                    local.get 3
                                                    i32.load offset=20
                                                    local.set 9
                                                    local.get 3
                                                    i32.load offset=16
                                                    local.set 4
                                                  else
                                                    local.get 3
                                                    i32.load offset=12
                                                    i32.const 9472
                                                    i32.ne
                                                    br_if 1 (;@23;)
                                                    local.get 3
                                                    i32.load offset=16
                                                    local.set 9
                                                    local.get 3
                                                    i32.load offset=12
                                                    local.set 4
                                                  end
                                                  local.get 6
                                                  i32.const 1
                                                  i32.shr_s
                                                  local.tee 6
                                                  i32.const 0
                                                  i32.lt_s
                                                  if ;; label = @24
                                                    local.get 6
                                                    local.get 9
                                                    i32.add
                                                    local.set 6
                                                  end
                                                  local.get 6
                                                  local.get 9
                                                  i32.ge_u
                                                  br_if 0 (;@23;)
                                                  local.get 4
                                                  local.get 6
                                                  i32.const 2
                                                  i32.shl
                                                  i32.add
                                                  local.set 9
                                                  local.get 9
                                                  i32.load
                                                  local.set 4
                                                  local.get 4
                                                  i32.const 1
                                                  i32.and
                                                  i32.eqz
                                                  if ;; label = @24
                                                    local.get 4
                                                    local.get 4
                                                    i32.load
                                                    i32.const 1
                                                    i32.add
                                                    i32.store
                                                  end
                                                  local.get 0
                                                  local.get 4
                                                  i32.store offset=20
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
                                                  if ;; label = @24
                                                    local.get 3
                                                    local.get 3
                                                    i32.load
                                                    i32.const 1
                                                    i32.sub
                                                    local.tee 8
                                                    i32.store
                                                    local.get 8
                                                    i32.eqz
                                                    if ;; label = @25
                                                      local.get 3
                                                      call 0
                                                    end
                                                  end
                                                  br 1 (;@22;)
                                                end
                                                local.get 0
                                                i32.const 24
                                                i32.add
                                                i32.const 24576
                                                i32.const 16
                                                call 4
                                                local.tee 6
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 70866960387
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 6
                                                i32.const 2
                                                i32.eq
                                                if ;; label = @23
                                                  i64.const 77846282241
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                              end
                                            end
                                            i32.const 8192
                                            i32.load8_u
                                            if ;; label = @21
                                              i64.const 78384201730
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            local.get 0
                                            i32.load offset=16
                                            local.set 3
                                            local.get 0
                                            i32.load offset=20
                                            local.tee 4
                                            local.get 3
                                            i32.and
                                            i32.const 1
                                            i32.and
                                            i32.eqz
                                            if ;; label = @21
                                              block ;; label = @22
                                                block ;; label = @23
                                                  local.get 3
                                                  i32.const 1
                                                  i32.and
                                                  if (result f64) ;; label = @24
                                                    local.get 3
                                                    i32.const 1
                                                    i32.shr_s
                                                    f64.convert_i32_s
                                                  else
                                                    local.get 3
                                                    i32.load offset=12
                                                    i32.const 8704
                                                    i32.ne
                                                    br_if 1 (;@23;)
                                                    local.get 3
                                                    f64.load offset=16
                                                  end
                                                  local.set 10
                                                  local.get 4
                                                  i32.const 1
                                                  i32.and
                                                  if (result f64) ;; label = @24
                                                    local.get 4
                                                    i32.const 1
                                                    i32.shr_s
                                                    f64.convert_i32_s
                                                  else
                                                    local.get 4
                                                    i32.load offset=12
                                                    i32.const 8704
                                                    i32.ne
                                                    br_if 1 (;@23;)
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
                                                  br_if 0 (;@23;)
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
                                                  i32.store offset=16
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
                                                  if ;; label = @24
                                                    local.get 3
                                                    local.get 3
                                                    i32.load
                                                    i32.const 1
                                                    i32.sub
                                                    local.tee 8
                                                    i32.store
                                                    local.get 8
                                                    i32.eqz
                                                    if ;; label = @25
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
                                                  if ;; label = @24
                                                    local.get 4
                                                    local.get 4
                                                    i32.load
                                                    i32.const 1
                                                    i32.sub
                                                    local.tee 8
                                                    i32.store
                                                    local.get 8
                                                    i32.eqz
                                                    if ;; label = @25
                                                      local.get 4
                                                      call 0
                                                    end
                                                  end
                                                  br 1 (;@22;)
                                                end
                                                local.get 0
                                                i32.const 16
                                                i32.add
                                                i32.const 24576
                                                i32.const 18
                                                call 10
                                                local.tee 6
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 79456894978
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 6
                                                i32.const 2
                                                i32.eq
                                                if ;; label = @23
                                                  i64.const 86436216832
                                                  local.set 5
                                                  br 21 (;@2;)
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
                                              if ;; label = @22
                                                local.get 0
                                                i32.const 16
                                                i32.add
                                                i32.const 24576
                                                i32.const 18
                                                call 10
                                                local.tee 6
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 79456894978
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 6
                                                i32.const 2
                                                i32.eq
                                                if ;; label = @23
                                                  i64.const 86436216832
                                                  local.set 5
                                                  br 21 (;@2;)
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
                                                i32.store offset=16
                                                local.get 0
                                                i32.const 0
                                                i32.store offset=20
                                              end
                                            end
                                          end
                                          i32.const 8192
                                          i32.load8_u
                                          if ;; label = @20
                                            i64.const 86974267393
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 0
                                          i32.load
                                          local.tee 3
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 85899345921
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 3
                                          i32.const 1
                                          i32.and
                                          i32.eqz
                                          if ;; label = @20
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
                                        local.get 0
                                        i32.load offset=12
                                        local.tee 3
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 90194313218
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 3
                                        i32.const 1
                                        i32.and
                                        i32.eqz
                                        if ;; label = @19
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
                                      i32.const 3
                                      local.set 3
                                      local.get 0
                                      local.get 3
                                      i32.store offset=28
                                    end
                                    local.get 0
                                    i32.load offset=24
                                    local.set 3
                                    local.get 0
                                    i32.load offset=28
                                    local.tee 4
                                    local.get 3
                                    i32.and
                                    i32.const 1
                                    i32.and
                                    i32.eqz
                                    if ;; label = @17
                                      block ;; label = @18
                                        block ;; label = @19
                                          local.get 3
                                          i32.const 1
                                          i32.and
                                          if (result f64) ;; label = @20
                                            local.get 3
                                            i32.const 1
                                            i32.shr_s
                                            f64.convert_i32_s
                                          else
                                            local.get 3
                                            i32.load offset=12
                                            i32.const 8704
                                            i32.ne
                                            br_if 1 (;@19;)
                                            local.get 3
                                            f64.load offset=16
                                          end
                                          local.set 10
                                          local.get 4
                                          i32.const 1
                                          i32.and
                                          if (result f64) ;; label = @20
                                            local.get 4
                                            i32.const 1
                                            i32.shr_s
                                            f64.convert_i32_s
                                          else
                                            local.get 4
                                            i32.load offset=12
                                            i32.const 8704
                                            i32.ne
                                            br_if 1 (;@19;)
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
                                          br_if 0 (;@19;)
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
                                          i32.store offset=24
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
                                          if ;; label = @20
                                            local.get 3
                                            local.get 3
                                            i32.load
                                            i32.const 1
                                            i32.sub
                                            local.tee 8
                                            i32.store
                                            local.get 8
                                            i32.eqz
                                            if ;; label = @21
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
                                          if ;; label = @20
                                            local.get 4
                                            local.get 4
                                            i32.load
                                            i32.const 1
                                            i32.sub
                                            local.tee 8
                                            i32.store
                                            local.get 8
                                            i32.eqz
                                            if ;; label = @21
                                              local.get 4
                                              call 0
                                            end
                                          end
                                          br 1 (;@18;)
                                        end
                                        local.get 0
                                        i32.const 24
                                        i32.add
                                        i32.const 24576
                                        i32.const 23
                                        call 10
                                        local.tee 6
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 100931731460
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 6
                                        i32.const 2
                                        i32.eq
                                        if ;; label = @19
                                          i64.const 107911053314
                                          local.set 5
                                          br 17 (;@2;)
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
                                      if ;; label = @18
                                        local.get 0
                                        i32.const 24
                                        i32.add
                                        i32.const 24576
                                        i32.const 23
                                        call 10
                                        local.tee 6
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 100931731460
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 6
                                        i32.const 2
                                        i32.eq
                                        if ;; label = @19
                                          i64.const 107911053314
                                          local.set 5
                                          br 17 (;@2;)
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
                                        i32.store offset=24
                                        local.get 0
                                        i32.const 0
                                        i32.store offset=28
                                      end
                                    end
                                  end
                                  i32.const 8192
                                  i32.load8_u
                                  if ;; label = @16
                                    i64.const 108449431555
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                  block ;; label = @16
                                    block ;; label = @17
                                      local.get 0
                                      i32.load offset=24
                                      local.tee 6
                                      i32.const 1
                                      i32.and
                                      i32.eqz
                                      br_if 0 (;@17;)
                                      local.get 0
                                      i32.load offset=20
                                      local.tee 3
                                      i32.const 1
                                      i32.and
                                      br_if 0 (;@17;)
                                      local.get 3
                                      i32.load offset=12
                                      i32.const 9216
                                      i32.eq
                                      if ;; label = @18
                                        local.get 3
                                        i32.load offset=20
                                        local.set 9
                                        local.get 3
                                        i32.load offset=16
                                        local.set 4
                                      else
                                        br 1 (;@17;)
                                      end
                                      local.get 6
                                      i32.const 1
                                      i32.shr_s
                                      local.tee 6
                                      i32.const 0
                                      i32.lt_s
                                      if ;; label = @18
                                        local.get 6
                                        local.get 9
                                        i32.add
                                        local.set 6
                                      end
                                      local.get 6
                                      local.get 9
                                      i32.ge_u
                                      br_if 0 (;@17;)
                                      local.get 4
                                      local.get 6
                                      i32.const 2
                                      i32.shl
                                      i32.add
                                      local.set 9
                                      local.get 9
                                      i32.load
                                      local.set 6
                                      local.get 0
                                      i32.load offset=16
                                      local.set 4
                                      local.get 9
                                      local.get 4
                                      i32.store
                                      local.get 0
                                      i32.const 0
                                      i32.store offset=16
                                      local.get 0
                                      i32.const 0
                                      i32.store offset=20
                                      local.get 0
                                      i32.const 0
                                      i32.store offset=24
                                      local.get 6
                                      i32.const 1
                                      i32.and
                                      i32.eqz
                                      local.get 6
                                      i32.const 0
                                      i32.ne
                                      i32.and
                                      if ;; label = @18
                                        local.get 6
                                        local.get 6
                                        i32.load
                                        i32.const 1
                                        i32.sub
                                        local.tee 8
                                        i32.store
                                        local.get 8
                                        i32.eqz
                                        if ;; label = @19
                                          local.get 6
                                          call 0
                                        end
                                      end
                                      local.get 3
                                      i32.const 1
                                      i32.and
                                      i32.eqz
                                      local.get 3
                                      i32.const 0
                                      i32.ne
                                      i32.and
                                      if ;; label = @18
                                        local.get 3
                                        local.get 3
                                        i32.load
                                        i32.const 1
                                        i32.sub
                                        local.tee 8
                                        i32.store
                                        local.get 8
                                        i32.eqz
                                        if ;; label = @19
                                          local.get 3
                                          call 0
                                        end
                                      end
                                      br 1 (;@16;)
                                    end
                                    local.get 0
                                    i32.const 24
                                    i32.add
                                    i32.const 24576
                                    i32.const 25
                                    call 5
                                    local.tee 6
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 109521666051
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 6
                                    i32.const 2
                                    i32.eq
                                    if ;; label = @17
                                      i64.const 116500987904
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                  end
                                end
                                i32.const 8192
                                i32.load8_u
                                if ;; label = @15
                                  i64.const 117039497216
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 0
                                i32.load offset=12
                                local.tee 3
                                i32.eqz
                                if ;; label = @15
                                  i64.const 115964116992
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 3
                                i32.const 1
                                i32.and
                                i32.eqz
                                if ;; label = @15
                                  local.get 3
                                  local.get 3
                                  i32.load
                                  i32.const 1
                                  i32.add
                                  i32.store
                                end
                                local.get 0
                                local.get 3
                                i32.store offset=16
                              end
                              i32.const 3
                              local.set 3
                              local.get 0
                              local.get 3
                              i32.store offset=20
                            end
                            local.get 0
                            i32.load offset=16
                            local.set 3
                            local.get 0
                            i32.load offset=20
                            local.tee 4
                            local.get 3
                            i32.and
                            i32.const 1
                            i32.and
                            i32.eqz
                            if ;; label = @13
                              block ;; label = @14
                                block ;; label = @15
                                  local.get 3
                                  i32.const 1
                                  i32.and
                                  if (result f64) ;; label = @16
                                    local.get 3
                                    i32.const 1
                                    i32.shr_s
                                    f64.convert_i32_s
                                  else
                                    local.get 3
                                    i32.load offset=12
                                    i32.const 8704
                                    i32.ne
                                    br_if 1 (;@15;)
                                    local.get 3
                                    f64.load offset=16
                                  end
                                  local.set 10
                                  local.get 4
                                  i32.const 1
                                  i32.and
                                  if (result f64) ;; label = @16
                                    local.get 4
                                    i32.const 1
                                    i32.shr_s
                                    f64.convert_i32_s
                                  else
                                    local.get 4
                                    i32.load offset=12
                                    i32.const 8704
                                    i32.ne
                                    br_if 1 (;@15;)
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
                                  br_if 0 (;@15;)
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
                                  i32.store offset=16
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
                                  if ;; label = @16
                                    local.get 3
                                    local.get 3
                                    i32.load
                                    i32.const 1
                                    i32.sub
                                    local.tee 8
                                    i32.store
                                    local.get 8
                                    i32.eqz
                                    if ;; label = @17
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
                                  if ;; label = @16
                                    local.get 4
                                    local.get 4
                                    i32.load
                                    i32.const 1
                                    i32.sub
                                    local.tee 8
                                    i32.store
                                    local.get 8
                                    i32.eqz
                                    if ;; label = @17
                                      local.get 4
                                      call 0
                                    end
                                  end
                                  br 1 (;@14;)
                                end
                                local.get 0
                                i32.const 16
                                i32.add
                                i32.const 24576
                                i32.const 29
                                call 10
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 126701535234
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 6
                                i32.const 2
                                i32.eq
                                if ;; label = @15
                                  i64.const 133680857088
                                  local.set 5
                                  br 13 (;@2;)
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
                              if ;; label = @14
                                local.get 0
                                i32.const 16
                                i32.add
                                i32.const 24576
                                i32.const 29
                                call 10
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 126701535234
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 6
                                i32.const 2
                                i32.eq
                                if ;; label = @15
                                  i64.const 133680857088
                                  local.set 5
                                  br 13 (;@2;)
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
                                i32.store offset=16
                                local.get 0
                                i32.const 0
                                i32.store offset=20
                              end
                            end
                          end
                          i32.const 8192
                          i32.load8_u
                          if ;; label = @12
                            i64.const 134219628545
                            local.set 5
                            br 10 (;@2;)
                          end
                          local.get 0
                          i32.load offset=12
                          local.set 3
                          local.get 0
                          i32.load offset=16
                          local.set 4
                          local.get 0
                          local.get 4
                          i32.store offset=12
                          local.get 0
                          i32.const 0
                          i32.store offset=16
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
                        end
                        i32.const 8192
                        i32.load8_u
                        if ;; label = @11
                          i64.const 138514726912
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 0
                        i32.load offset=12
                        local.tee 3
                        i32.eqz
                        if ;; label = @11
                          i64.const 137438953472
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
                        i32.store offset=16
                      end
                      local.get 0
                      i32.load offset=8
                      local.tee 3
                      i32.eqz
                      if ;; label = @10
                        i64.const 141733920769
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
                      i32.store offset=20
                    end
                    local.get 0
                    i32.load offset=16
                    local.set 3
                    local.get 0
                    i32.load offset=20
                    local.tee 4
                    local.get 3
                    i32.and
                    i32.const 1
                    i32.and
                    if ;; label = @9
                      local.get 3
                      local.get 4
                      i32.lt_s
                      local.set 6
                    else
                      block ;; label = @10
                        block ;; label = @11
                          local.get 3
                          i32.const 1
                          i32.and
                          br_if 0 (;@11;)
                          local.get 3
                          i32.load offset=12
                          i32.const 9216
                          i32.ne
                          br_if 0 (;@11;)
                          local.get 4
                          i32.const 1
                          i32.and
                          br_if 0 (;@11;)
                          local.get 4
                          i32.load offset=12
                          i32.const 9216
                          i32.ne
                          br_if 0 (;@11;)
                          local.get 3
                          i32.load offset=16
                          local.set 9
                          local.get 4
                          i32.load offset=16
                          local.set 6
                          local.get 9
                          i32.const 1
                          i32.ne
                          local.get 6
                          i32.const 1
                          i32.ne
                          i32.or
                          br_if 0 (;@11;)
                          local.get 3
                          i32.load offset=12
                          i32.load8_u
                          local.get 4
                          i32.load offset=12
                          i32.load8_u
                          i32.lt_u
                          local.set 6
                          local.get 0
                          i32.const 0
                          i32.store offset=16
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
                          if ;; label = @12
                            local.get 3
                            call 0
                          end
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
                          br 1 (;@10;)
                        end
                        local.get 0
                        i32.const 16
                        i32.add
                        i32.const 24576
                        i32.const 34
                        call 8
                        local.tee 6
                        i32.eqz
                        if ;; label = @11
                          i64.const 146028888066
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 6
                        i32.const 2
                        i32.eq
                        local.set 6
                      end
                    end
                    local.get 6
                    local.get 0
                    i32.const 0
                    i32.store offset=20
                    local.get 0
                    i32.const 0
                    i32.store offset=16
                    i32.eqz
                    if ;; label = @9
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 164284727296
                        local.set 5
                        br 8 (;@2;)
                      end
                      br 3 (;@6;)
                    end
                    i32.const 8192
                    i32.load8_u
                    if ;; label = @9
                      i64.const 159989760000
                      local.set 5
                      br 7 (;@2;)
                    end
                    br 1 (;@7;)
                  end
                  i32.const 8192
                  i32.load8_u
                  if ;; label = @8
                    i64.const 155694792705
                    local.set 5
                    br 6 (;@2;)
                  end
                  local.get 0
                  i32.load offset=16
                  local.tee 3
                  i32.const 4096
                  i32.eq
                  if ;; label = @8
                    local.get 0
                    i32.const 0
                    i32.store offset=16
                    i32.const 4096
                    i32.const 4096
                    i32.load
                    i32.const 1
                    i32.sub
                    i32.store
                  else
                    local.get 3
                    i32.const 4112
                    i32.eq
                    if ;; label = @9
                      local.get 0
                      i32.const 0
                      i32.store offset=16
                      i32.const 4112
                      i32.const 4112
                      i32.load
                      i32.const 1
                      i32.sub
                      i32.store
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 164284858368
                        local.set 5
                        br 8 (;@2;)
                      end
                      br 3 (;@6;)
                    else
                      local.get 3
                      i32.const 1
                      i32.and
                      i32.eqz
                      if ;; label = @10
                        i64.const 154618822657
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 0
                      i32.const 0
                      i32.store offset=16
                      local.get 3
                      i32.const 1
                      i32.ne
                      i32.eqz
                      if ;; label = @10
                        i32.const 8192
                        i32.load8_u
                        if ;; label = @11
                          i64.const 164284858368
                          local.set 5
                          br 9 (;@2;)
                        end
                        br 4 (;@6;)
                      end
                    end
                  end
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 159989891072
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 158913789952
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 31140937728
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 7
                local.set 1
                br 5 (;@1;)
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 164284923904
                local.set 5
                br 4 (;@2;)
              end
              i32.const 4128
              i32.const 4128
              i32.load
              i32.const 1
              i32.add
              i32.store
              i32.const 4128
              local.set 3
              local.get 0
              local.get 3
              i32.store offset=16
            end
            i64.const 167503724545
            local.set 5
            br 2 (;@2;)
          end
          i32.const 8192
          i32.load8_u
          if ;; label = @4
            i64.const 172874989568
            local.set 5
            br 2 (;@2;)
          end
          i32.const 4128
          i32.const 4128
          i32.load
          i32.const 1
          i32.add
          i32.store
          i32.const 4128
          local.set 3
          local.get 0
          local.get 3
          i32.store offset=16
        end
        i64.const 176093659137
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

