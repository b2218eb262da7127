;; running_total
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
                                                          local.get 1
                                                          br_table 0 (;@27;) 1 (;@26;) 2 (;@25;) 3 (;@24;) 4 (;@23;) 5 (;@22;) 6 (;@21;) 7 (;@20;) 8 (;@19;) 9 (;@18;) 10 (;@17;) 11 (;@16;) 12 (;@15;) 25 (;@2;) 13 (;@14;) 14 (;@13;) 15 (;@12;) 16 (;@11;) 25 (;@2;) 17 (;@10;) 18 (;@9;) 19 (;@8;) 20 (;@7;) 21 (;@6;) 22 (;@5;) 23 (;@4;) 25 (;@2;) 25 (;@2;) 25 (;@2;) 24 (;@3;) 25 (;@2;)
                                                        end
                                                        i64.const 0
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      i32.const 8192
                                                      i32.load8_u
                                                      if ;; label = @26
                                                        i64.const 5368709120
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      i32.const 1
                                                      local.set 3
                                                      local.get 0
                                                      local.get 3
                                                      i32.store offset=12
                                                    end
                                                    local.get 0
                                                    i32.load offset=8
                                                    local.tee 3
                                                    i32.eqz
                                                    local.get 3
                                                    i32.const 1
                                                    i32.and
                                                    i32.or
                                                    if ;; label = @25
                                                      i64.const 8589934593
                                                      local.set 5
                                                      br 23 (;@2;)
                                                    else
                                                      local.get 3
                                                      i32.load8_u offset=4
                                                      i32.const 30
                                                      i32.ne
                                                      if ;; label = @26
                                                        i64.const 8589934593
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                    end
                                                    local.get 0
                                                    i32.load offset=12
                                                    local.set 4
                                                    local.get 3
                                                    i32.load offset=16
                                                    local.set 6
                                                    local.get 3
                                                    local.get 4
                                                    i32.store offset=16
                                                    local.get 0
                                                    i32.const 0
                                                    i32.store offset=12
                                                    local.get 6
                                                    i32.const 1
                                                    i32.and
                                                    i32.eqz
                                                    local.get 6
                                                    i32.const 0
                                                    i32.ne
                                                    i32.and
                                                    if ;; label = @25
                                                      local.get 6
                                                      local.get 6
                                                      i32.load
                                                      i32.const 1
                                                      i32.sub
                                                      local.tee 8
                                                      i32.store
                                                      local.get 8
                                                      i32.eqz
                                                      if ;; label = @26
                                                        local.get 6
                                                        call 0
                                                      end
                                                    end
                                                  end
                                                  i32.const 8192
                                                  i32.load8_u
                                                  if ;; label = @24
                                                    i64.const 13958774784
                                                    local.set 5
                                                    br 22 (;@2;)
                                                  end
                                                  i64.const 15032385536
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                i32.const 8192
                                                i32.load8_u
                                                if ;; label = @23
                                                  i64.const 18253807617
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 0
                                                i32.const 12
                                                i32.add
                                                i32.const 24576
                                                i32.const 4
                                                call 11
                                                local.tee 6
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 19327352833
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                              end
                                              i32.const 8192
                                              i32.load8_u
                                              if ;; label = @22
                                                i64.const 22548840449
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                              i32.const 12320
                                              i32.const 12320
                                              i32.load
                                              i32.const 1
                                              i32.add
                                              i32.store
                                              i32.const 12320
                                              local.set 3
                                              local.get 0
                                              local.get 3
                                              i32.store offset=16
                                            end
                                            local.get 0
                                            i32.const 12
                                            i32.add
                                            i32.const 24576
                                            i32.const 6
                                            call 11
                                            local.tee 6
                                            i32.eqz
                                            if ;; label = @21
                                              i64.const 25769803778
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            local.get 6
                                            i32.const 2
                                            i32.eq
                                            if ;; label = @21
                                              i64.const 30601641984
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                          end
                                          i32.const 8192
                                          i32.load8_u
                                          if ;; label = @20
                                            i64.const 31138906113
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 0
                                          i32.load offset=4
                                          local.set 3
                                          local.get 0
                                          i32.load offset=12
                                          local.set 4
                                          local.get 0
                                          local.get 4
                                          i32.store offset=4
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
                                        end
                                        i32.const 8192
                                        i32.load8_u
                                        if ;; label = @19
                                          i64.const 35433938944
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 0
                                        i32.load
                                        local.tee 3
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 34359738368
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
                                        i32.store offset=12
                                      end
                                      local.get 0
                                      i32.load offset=12
                                      local.tee 3
                                      i32.const 4096
                                      i32.eq
                                      if ;; label = @18
                                        local.get 0
                                        i32.const 0
                                        i32.store offset=12
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
                                          i32.store offset=12
                                          i32.const 4112
                                          i32.const 4112
                                          i32.load
                                          i32.const 1
                                          i32.sub
                                          i32.store
                                          i32.const 8192
                                          i32.load8_u
                                          if ;; label = @20
                                            i64.const 99858579456
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          br 13 (;@6;)
                                        else
                                          local.get 3
                                          i32.const 1
                                          i32.and
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 40802189313
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 0
                                          i32.const 0
                                          i32.store offset=12
                                          local.get 3
                                          i32.const 1
                                          i32.ne
                                          i32.eqz
                                          if ;; label = @20
                                            i32.const 8192
                                            i32.load8_u
                                            if ;; label = @21
                                              i64.const 99858579456
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            br 14 (;@6;)
                                          end
                                        end
                                      end
                                    end
                                    i32.const 8192
                                    i32.load8_u
                                    if ;; label = @17
                                      i64.const 44024004608
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 0
                                    i32.load offset=8
                                    local.tee 3
                                    i32.eqz
                                    local.get 3
                                    i32.const 1
                                    i32.and
                                    i32.or
                                    if ;; label = @17
                                      i64.const 45097156608
                                      local.set 5
                                      br 15 (;@2;)
                                    else
                                      local.get 3
                                      i32.load8_u offset=4
                                      i32.const 30
                                      i32.ne
                                      if ;; label = @18
                                        i64.const 45097156608
                                        local.set 5
                                        br 16 (;@2;)
                                      end
                                    end
                                    local.get 3
                                    i32.load offset=16
                                    local.tee 3
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 45097156608
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
                                    i32.store offset=12
                                  end
                                  local.get 0
                                  i32.load
                                  local.tee 3
                                  i32.eqz
                                  if ;; label = @16
                                    i64.const 47244640257
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
                                  i32.store offset=16
                                end
                                local.get 0
                                i32.load offset=12
                                local.set 3
                                local.get 0
                                i32.load offset=16
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
                                    i32.const 12
                                    i32.add
                                    i32.const 24576
                                    i32.const 12
                                    call 10
                                    local.tee 6
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 53687091202
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 6
                                    i32.const 2
                                    i32.eq
                                    if ;; label = @17
                                      i64.const 60666413056
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
                                    i32.const 12
                                    i32.add
                                    i32.const 24576
                                    i32.const 12
                                    call 10
                                    local.tee 6
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 53687091202
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 6
                                    i32.const 2
                                    i32.eq
                                    if ;; label = @17
                                      i64.const 60666413056
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
                                    i32.store offset=12
                                    local.get 0
                                    i32.const 0
                                    i32.store offset=16
                                  end
                                end
                              end
                              i32.const 8192
                              i32.load8_u
                              if ;; label = @14
                                i64.const 61204070401
                                local.set 5
                                br 12 (;@2;)
                              end
                              local.get 0
                              i32.load offset=8
                              local.tee 3
                              i32.eqz
                              local.get 3
                              i32.const 1
                              i32.and
                              i32.or
                              if ;; label = @14
                                i64.const 62277025793
                                local.set 5
                                br 12 (;@2;)
                              else
                                local.get 3
                                i32.load8_u offset=4
                                i32.const 30
                                i32.ne
                                if ;; label = @15
                                  i64.const 62277025793
                                  local.set 5
                                  br 13 (;@2;)
                                end
                              end
                              local.get 0
                              i32.load offset=12
                              local.set 4
                              local.get 3
                              i32.load offset=16
                              local.set 6
                              local.get 3
                              local.get 4
                              i32.store offset=16
                              local.get 0
                              i32.const 0
                              i32.store offset=12
                              local.get 6
                              i32.const 1
                              i32.and
                              i32.eqz
                              local.get 6
                              i32.const 0
                              i32.ne
                              i32.and
                              if ;; label = @14
                                local.get 6
                                local.get 6
                                i32.load
                                i32.const 1
                                i32.sub
                                local.tee 8
                                i32.store
                                local.get 8
                                i32.eqz
                                if ;; label = @15
                                  local.get 6
                                  call 0
                                end
                              end
                            end
                            i32.const 8192
                            i32.load8_u
                            if ;; label = @13
                              i64.const 65499168768
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 0
                            i32.load
                            local.tee 3
                            i32.eqz
                            if ;; label = @13
                              i64.const 64424509440
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
                            i32.store offset=12
                          end
                          i32.const 3
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
                            i32.const 12
                            i32.add
                            i32.const 24576
                            i32.const 17
                            call 10
                            local.tee 6
                            i32.eqz
                            if ;; label = @13
                              i64.const 73014444034
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 6
                            i32.const 2
                            i32.eq
                            if ;; label = @13
                              i64.const 82141249536
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
                            i32.const 12
                            i32.add
                            i32.const 24576
                            i32.const 17
                            call 10
                            local.tee 6
                            i32.eqz
                            if ;; label = @13
                              i64.const 73014444034
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 6
                            i32.const 2
                            i32.eq
                            if ;; label = @13
                              i64.const 82141249536
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
                            i32.store offset=12
                            local.get 0
                            i32.const 0
                            i32.store offset=16
                          end
                        end
                      end
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 82679234561
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 0
                      i32.load
                      local.set 3
                      local.get 0
                      i32.load offset=12
                      local.set 4
                      local.get 0
                      local.get 4
                      i32.store
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
                      i64.const 86974332928
                      local.set 5
                      br 7 (;@2;)
                    end
                    local.get 0
                    i32.load
                    local.tee 3
                    i32.eqz
                    if ;; label = @9
                      i64.const 85899345920
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
                    i32.store offset=12
                  end
                  local.get 0
                  i32.load offset=12
                  local.tee 3
                  i32.const 4096
                  i32.eq
                  if ;; label = @8
                    local.get 0
                    i32.const 0
                    i32.store offset=12
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
                      i32.store offset=12
                      i32.const 4112
                      i32.const 4112
                      i32.load
                      i32.const 1
                      i32.sub
                      i32.store
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 99859365888
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
                        i64.const 90194313217
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 0
                      i32.const 0
                      i32.store offset=12
                      local.get 3
                      i32.const 1
                      i32.ne
                      i32.eqz
                      if ;; label = @10
                        i32.const 8192
                        i32.load8_u
                        if ;; label = @11
                          i64.const 99859365888
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
                  i64.const 95564398592
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 94489280512
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 44024856576
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 10
                local.set 1
                br 5 (;@1;)
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 99859431424
                local.set 5
                br 4 (;@2;)
              end
            end
            local.get 0
            i32.load offset=4
            local.tee 3
            i32.eqz
            if ;; label = @5
              i64.const 103079215105
              local.set 5
              br 3 (;@2;)
            end
            local.get 3
            i32.const 1
            i32.and
            i32.eqz
            if ;; label = @5
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
          i32.const 12
          i32.add
          i32.const 24576
          i32.const 25
          call 7
          local.tee 6
          i32.eqz
          if ;; label = @4
            i64.const 107374182402
            local.set 5
            br 2 (;@2;)
          end
          local.get 6
          i32.const 2
          i32.eq
          if ;; label = @4
            i64.const 125090922496
            local.set 5
            br 2 (;@2;)
          end
        end
        i32.const 8192
        i32.load8_u
        if ;; label = @3
          i64.const 125629431809
          local.set 5
          br 1 (;@2;)
        end
        i64.const 124554051585
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

