;; count_down
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
                                                  local.get 1
                                                  br_table 0 (;@23;) 1 (;@22;) 2 (;@21;) 3 (;@20;) 4 (;@19;) 21 (;@2;) 5 (;@18;) 6 (;@17;) 7 (;@16;) 8 (;@15;) 21 (;@2;) 9 (;@14;) 10 (;@13;) 11 (;@12;) 12 (;@11;) 21 (;@2;) 13 (;@10;) 14 (;@9;) 15 (;@8;) 16 (;@7;) 21 (;@2;) 17 (;@6;) 18 (;@5;) 19 (;@4;) 20 (;@3;) 21 (;@2;)
                                                end
                                                i32.const 1
                                                local.set 3
                                                local.get 0
                                                local.get 3
                                                i32.store offset=8
                                              end
                                              local.get 0
                                              i32.load offset=4
                                              local.set 3
                                              local.get 0
                                              i32.load offset=8
                                              local.set 4
                                              local.get 0
                                              local.get 4
                                              i32.store offset=4
                                              local.get 0
                                              i32.const 0
                                              i32.store offset=8
                                              local.get 3
                                              i32.const 1
                                              i32.and
                                              i32.eqz
                                              local.get 3
                                              i32.const 0
                                              i32.ne
                                              i32.and
                                              if ;; label = @22
                                                local.get 3
                                                local.get 3
                                                i32.load
                                                i32.const 1
                                                i32.sub
                                                local.tee 8
                                                i32.store
                                                local.get 8
                                                i32.eqz
                                                if ;; label = @23
                                                  local.get 3
                                                  call 0
                                                end
                                              end
                                            end
                                            i32.const 8192
                                            i32.load8_u
                                            if ;; label = @21
                                              i64.const 9663741952
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            local.get 0
                                            i32.load
                                            local.tee 3
                                            i32.eqz
                                            if ;; label = @21
                                              i64.const 8589934592
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
                                            i32.store offset=8
                                          end
                                          i32.const 1
                                          local.set 3
                                          local.get 0
                                          local.get 3
                                          i32.store offset=12
                                        end
                                        local.get 0
                                        i32.load offset=8
                                        local.set 3
                                        local.get 0
                                        i32.load offset=12
                                        local.tee 4
                                        local.get 3
                                        i32.and
                                        i32.const 1
                                        i32.and
                                        if ;; label = @19
                                          local.get 3
                                          local.get 4
                                          i32.gt_s
                                          local.set 6
                                        else
                                          local.get 0
                                          i32.const 8
                                          i32.add
                                          i32.const 24576
                                          i32.const 4
                                          call 8
                                          local.tee 6
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 17179869186
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 6
                                          i32.const 2
                                          i32.eq
                                          local.set 6
                                        end
                                        local.get 6
                                        local.get 0
                                        i32.const 0
                                        i32.store offset=12
                                        local.get 0
                                        i32.const 0
                                        i32.store offset=8
                                        i32.eqz
                                        if ;; label = @19
                                          i32.const 8192
                                          i32.load8_u
                                          if ;; label = @20
                                            i64.const 99858251776
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          br 15 (;@4;)
                                        end
                                        i32.const 8192
                                        i32.load8_u
                                        if ;; label = @19
                                          i64.const 31138775040
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        br 1 (;@17;)
                                      end
                                      i32.const 8192
                                      i32.load8_u
                                      if ;; label = @18
                                        i64.const 26843807745
                                        local.set 5
                                        br 16 (;@2;)
                                      end
                                      local.get 0
                                      i32.load offset=8
                                      local.tee 3
                                      i32.const 4096
                                      i32.eq
                                      if ;; label = @18
                                        local.get 0
                                        i32.const 0
                                        i32.store offset=8
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
                                        if ;; label = @19
                                          local.get 0
                                          i32.const 0
                                          i32.store offset=8
                                          i32.const 4112
                                          i32.const 4112
                                          i32.load
                                          i32.const 1
                                          i32.sub
                                          i32.store
                                          i32.const 8192
                                          i32.load8_u
                                          if ;; label = @20
                                            i64.const 99858382848
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          br 15 (;@4;)
                                        else
                                          local.get 3
                                          i32.const 1
                                          i32.and
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 27917287425
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 0
                                          i32.const 0
                                          i32.store offset=8
                                          local.get 3
                                          i32.const 1
                                          i32.ne
                                          i32.eqz
                                          if ;; label = @20
                                            i32.const 8192
                                            i32.load8_u
                                            if ;; label = @21
                                              i64.const 99858382848
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            br 16 (;@4;)
                                          end
                                        end
                                      end
                                    end
                                    i32.const 8192
                                    i32.load8_u
                                    if ;; label = @17
                                      i64.const 31138906112
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 0
                                    i32.load offset=4
                                    local.tee 3
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 30064771072
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 3
                                    i32.const 1
                                    i32.and
                                    i32.eqz
                                    if ;; label = @17
                                      local.get 3
                                      local.get 3
                                      i32.load
                                      i32.const 1
                                      i32.add
                                      i32.store
                                    end
                                    local.get 0
                                    local.get 3
                                    i32.store offset=8
                                  end
                                  local.get 0
                                  i32.load
                                  local.tee 3
                                  i32.eqz
                                  if ;; label = @16
                                    i64.const 34359738369
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
                                  i32.store offset=12
                                end
                                local.get 0
                                i32.load offset=8
                                local.set 3
                                local.get 0
                                i32.load offset=12
                                local.tee 4
                                local.get 3
                                i32.and
                                i32.const 1
                                i32.and
                                i32.eqz
                                if ;; label = @15
                                  block ;; label = @16
                                    block ;; label = @17
                                      local.get 3
                                      i32.const 1
                                      i32.and
                                      if (result f64) ;; label = @18
                                        local.get 3
                                        i32.const 1
                                        i32.shr_s
                                        f64.convert_i32_s
                                      else
                                        local.get 3
                                        i32.load offset=12
                                        i32.const 8704
                                        i32.ne
                                        br_if 1 (;@17;)
                                        local.get 3
                                        f64.load offset=16
                                      end
                                      local.set 10
                                      local.get 4
                                      i32.const 1
                                      i32.and
                                      if (result f64) ;; label = @18
                                        local.get 4
                                        i32.const 1
                                        i32.shr_s
                                        f64.convert_i32_s
                                      else
                                        local.get 4
                                        i32.load offset=12
                                        i32.const 8704
                                        i32.ne
                                        br_if 1 (;@17;)
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
                                      br_if 0 (;@17;)
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
                                      i32.store offset=8
                                      local.get 0
                                      i32.const 0
                                      i32.store offset=12
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
                                      local.get 4
                                      i32.const 1
                                      i32.and
                                      i32.eqz
                                      local.get 4
                                      i32.const 0
                                      i32.ne
                                      i32.and
                                      if ;; label = @18
                                        local.get 4
                                        local.get 4
                                        i32.load
                                        i32.const 1
                                        i32.sub
                                        local.tee 8
                                        i32.store
                                        local.get 8
                                        i32.eqz
                                        if ;; label = @19
                                          local.get 4
                                          call 0
                                        end
                                      end
                                      br 1 (;@16;)
                                    end
                                    local.get 0
                                    i32.const 8
                                    i32.add
                                    i32.const 24576
                                    i32.const 9
                                    call 10
                                    local.tee 6
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 40802189314
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 6
                                    i32.const 2
                                    i32.eq
                                    if ;; label = @17
                                      i64.const 47781511168
                                      local.set 5
                                      br 15 (;@2;)
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
                                  if ;; label = @16
                                    local.get 0
                                    i32.const 8
                                    i32.add
                                    i32.const 24576
                                    i32.const 9
                                    call 10
                                    local.tee 6
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 40802189314
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 6
                                    i32.const 2
                                    i32.eq
                                    if ;; label = @17
                                      i64.const 47781511168
                                      local.set 5
                                      br 15 (;@2;)
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
                                    i32.store offset=8
                                    local.get 0
                                    i32.const 0
                                    i32.store offset=12
                                  end
                                end
                              end
                              i32.const 8192
                              i32.load8_u
                              if ;; label = @14
                                i64.const 48318971905
                                local.set 5
                                br 12 (;@2;)
                              end
                              local.get 0
                              i32.load offset=4
                              local.set 3
                              local.get 0
                              i32.load offset=8
                              local.set 4
                              local.get 0
                              local.get 4
                              i32.store offset=4
                              local.get 0
                              i32.const 0
                              i32.store offset=8
                              local.get 3
                              i32.const 1
                              i32.and
                              i32.eqz
                              local.get 3
                              i32.const 0
                              i32.ne
                              i32.and
                              if ;; label = @14
                                local.get 3
                                local.get 3
                                i32.load
                                i32.const 1
                                i32.sub
                                local.tee 8
                                i32.store
                                local.get 8
                                i32.eqz
                                if ;; label = @15
                                  local.get 3
                                  call 0
                                end
                              end
                            end
                            i32.const 8192
                            i32.load8_u
                            if ;; label = @13
                              i64.const 52614070272
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 0
                            i32.load
                            local.tee 3
                            i32.eqz
                            if ;; label = @13
                              i64.const 51539607552
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 3
                            i32.const 1
                            i32.and
                            i32.eqz
                            if ;; label = @13
                              local.get 3
                              local.get 3
                              i32.load
                              i32.const 1
                              i32.add
                              i32.store
                            end
                            local.get 0
                            local.get 3
                            i32.store offset=8
                          end
                          i32.const 3
                          local.set 3
                          local.get 0
                          local.get 3
                          i32.store offset=12
                        end
                        local.get 0
                        i32.load offset=8
                        local.set 3
                        local.get 0
                        i32.load offset=12
                        local.tee 4
                        local.get 3
                        i32.and
                        i32.const 1
                        i32.and
                        i32.eqz
                        if ;; label = @11
                          block ;; label = @12
                            block ;; label = @13
                              local.get 3
                              i32.const 1
                              i32.and
                              if (result f64) ;; label = @14
                                local.get 3
                                i32.const 1
                                i32.shr_s
                                f64.convert_i32_s
                              else
                                local.get 3
                                i32.load offset=12
                                i32.const 8704
                                i32.ne
                                br_if 1 (;@13;)
                                local.get 3
                                f64.load offset=16
                              end
                              local.set 10
                              local.get 4
                              i32.const 1
                              i32.and
                              if (result f64) ;; label = @14
                                local.get 4
                                i32.const 1
                                i32.shr_s
                                f64.convert_i32_s
                              else
                                local.get 4
                                i32.load offset=12
                                i32.const 8704
                                i32.ne
                                br_if 1 (;@13;)
                                local.get 4
                                f64.load offset=16
                              end
                              local.set 11
                              local.get 10
                              local.get 11
                              f64.sub
                              local.set 10
                              i32.const 8960
                              i32.load
                              local.tee 9
                              i32.eqz
                              br_if 0 (;@13;)
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
                              i32.store offset=8
                              local.get 0
                              i32.const 0
                              i32.store offset=12
                              local.get 3
                              i32.const 1
                              i32.and
                              i32.eqz
                              local.get 3
                              i32.const 0
                              i32.ne
                              i32.and
                              if ;; label = @14
                                local.get 3
                                local.get 3
                                i32.load
                                i32.const 1
                                i32.sub
                                local.tee 8
                                i32.store
                                local.get 8
                                i32.eqz
                                if ;; label = @15
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
                              if ;; label = @14
                                local.get 4
                                local.get 4
                                i32.load
                                i32.const 1
                                i32.sub
                                local.tee 8
                                i32.store
                                local.get 8
                                i32.eqz
                                if ;; label = @15
                                  local.get 4
                                  call 0
                                end
                              end
                              br 1 (;@12;)
                            end
                            local.get 0
                            i32.const 8
                            i32.add
                            i32.const 24576
                            i32.const 14
                            call 10
                            local.tee 6
                            i32.eqz
                            if ;; label = @13
                              i64.const 62277025794
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 6
                            i32.const 2
                            i32.eq
                            if ;; label = @13
                              i64.const 69256347648
                              local.set 5
                              br 11 (;@2;)
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
                          i64.sub
                          local.set 7
                          local.get 7
                          i64.const -1073741824
                          i64.lt_s
                          local.get 7
                          i64.const 1073741823
                          i64.gt_s
                          i32.or
                          if ;; label = @12
                            local.get 0
                            i32.const 8
                            i32.add
                            i32.const 24576
                            i32.const 14
                            call 10
                            local.tee 6
                            i32.eqz
                            if ;; label = @13
                              i64.const 62277025794
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 6
                            i32.const 2
                            i32.eq
                            if ;; label = @13
                              i64.const 69256347648
                              local.set 5
                              br 11 (;@2;)
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
                            i32.store offset=8
                            local.get 0
                            i32.const 0
                            i32.store offset=12
                          end
                        end
                      end
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 69794136065
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 0
                      i32.load
                      local.set 3
                      local.get 0
                      i32.load offset=8
                      local.set 4
                      local.get 0
                      local.get 4
                      i32.store
                      local.get 0
                      i32.const 0
                      i32.store offset=8
                      local.get 3
                      i32.const 1
                      i32.and
                      i32.eqz
                      local.get 3
                      i32.const 0
                      i32.ne
                      i32.and
                      if ;; label = @10
                        local.get 3
                        local.get 3
                        i32.load
                        i32.const 1
                        i32.sub
                        local.tee 8
                        i32.store
                        local.get 8
                        i32.eqz
                        if ;; label = @11
                          local.get 3
                          call 0
                        end
                      end
                    end
                    i32.const 8192
                    i32.load8_u
                    if ;; label = @9
                      i64.const 74089234432
                      local.set 5
                      br 7 (;@2;)
                    end
                    local.get 0
                    i32.load
                    local.tee 3
                    i32.eqz
                    if ;; label = @9
                      i64.const 73014444032
                      local.set 5
                      br 7 (;@2;)
                    end
                    local.get 3
                    i32.const 1
                    i32.and
                    i32.eqz
                    if ;; label = @9
                      local.get 3
                      local.get 3
                      i32.load
                      i32.const 1
                      i32.add
                      i32.store
                    end
                    local.get 0
                    local.get 3
                    i32.store offset=8
                  end
                  i32.const 1
                  local.set 3
                  local.get 0
                  local.get 3
                  i32.store offset=12
                end
                local.get 0
                i32.load offset=8
                local.set 3
                local.get 0
                i32.load offset=12
                local.tee 4
                local.get 3
                i32.and
                i32.const 1
                i32.and
                if ;; label = @7
                  local.get 3
                  local.get 4
                  i32.gt_s
                  local.set 6
                else
                  local.get 0
                  i32.const 8
                  i32.add
                  i32.const 24576
                  i32.const 19
                  call 8
                  local.tee 6
                  i32.eqz
                  if ;; label = @8
                    i64.const 81604378626
                    local.set 5
                    br 6 (;@2;)
                  end
                  local.get 6
                  i32.const 2
                  i32.eq
                  local.set 6
                end
                local.get 6
                local.get 0
                i32.const 0
                i32.store offset=12
                local.get 0
                i32.const 0
                i32.store offset=8
                i32.eqz
                if ;; label = @7
                  i32.const 8192
                  i32.load8_u
                  if ;; label = @8
                    i64.const 99859234816
                    local.set 5
                    br 6 (;@2;)
                  end
                  br 3 (;@4;)
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 95564267520
                  local.set 5
                  br 5 (;@2;)
                end
                br 1 (;@5;)
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 91269300225
                local.set 5
                br 4 (;@2;)
              end
              local.get 0
              i32.load offset=8
              local.tee 3
              i32.const 4096
              i32.eq
              if ;; label = @6
                local.get 0
                i32.const 0
                i32.store offset=8
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
                if ;; label = @7
                  local.get 0
                  i32.const 0
                  i32.store offset=8
                  i32.const 4112
                  i32.const 4112
                  i32.load
                  i32.const 1
                  i32.sub
                  i32.store
                  i32.const 8192
                  i32.load8_u
                  if ;; label = @8
                    i64.const 99859365888
                    local.set 5
                    br 6 (;@2;)
                  end
                  br 3 (;@4;)
                else
                  local.get 3
                  i32.const 1
                  i32.and
                  i32.eqz
                  if ;; label = @8
                    i64.const 90194313217
                    local.set 5
                    br 6 (;@2;)
                  end
                  local.get 0
                  i32.const 0
                  i32.store offset=8
                  local.get 3
                  i32.const 1
                  i32.ne
                  i32.eqz
                  if ;; label = @8
                    i32.const 8192
                    i32.load8_u
                    if ;; label = @9
                      i64.const 99859365888
                      local.set 5
                      br 7 (;@2;)
                    end
                    br 4 (;@4;)
                  end
                end
              end
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 95564398592
              local.set 5
              br 3 (;@2;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 94489280512
              local.set 5
              br 3 (;@2;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 31139954688
              local.set 5
              br 3 (;@2;)
            end
            i32.const 7
            local.set 1
            br 3 (;@1;)
          end
          i32.const 8192
          i32.load8_u
          if ;; label = @4
            i64.const 99859431424
            local.set 5
            br 2 (;@2;)
          end
          local.get 0
          i32.load offset=4
          local.tee 3
          i32.eqz
          if ;; label = @4
            i64.const 98784247808
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
          i32.store offset=8
        end
        i64.const 103079215105
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

