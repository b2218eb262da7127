;; first
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
                                        local.get 1
                                        br_table 0 (;@18;) 1 (;@17;) 2 (;@16;) 3 (;@15;) 4 (;@14;) 5 (;@13;) 6 (;@12;) 7 (;@11;) 8 (;@10;) 9 (;@9;) 10 (;@8;) 11 (;@7;) 12 (;@6;) 13 (;@5;) 14 (;@4;) 15 (;@3;) 16 (;@2;)
                                      end
                                      local.get 0
                                      i32.load
                                      local.tee 3
                                      i32.eqz
                                      if ;; label = @18
                                        i64.const 0
                                        local.set 5
                                        br 16 (;@2;)
                                      end
                                      local.get 3
                                      i32.const 1
                                      i32.and
                                      i32.eqz
                                      if ;; label = @18
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
                                    i32.load offset=16
                                    local.set 3
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
                                    local.get 3
                                    i32.const 4128
                                    i32.ne
                                    if ;; label = @17
                                      i32.const 8192
                                      i32.load8_u
                                      if ;; label = @18
                                        i64.const 18253676544
                                        local.set 5
                                        br 16 (;@2;)
                                      end
                                      br 3 (;@14;)
                                    end
                                  end
                                  i32.const 8192
                                  i32.load8_u
                                  if ;; label = @16
                                    i64.const 9663741952
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                  local.get 0
                                  i32.load offset=4
                                  local.tee 3
                                  i32.eqz
                                  if ;; label = @16
                                    i64.const 8589934592
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
                                i64.const 12884901889
                                local.set 5
                                br 12 (;@2;)
                              end
                              i32.const 8192
                              i32.load8_u
                              if ;; label = @14
                                i64.const 18253807616
                                local.set 5
                                br 12 (;@2;)
                              end
                              local.get 0
                              i32.load offset=4
                              local.tee 3
                              i32.eqz
                              if ;; label = @14
                                i64.const 17179869184
                                local.set 5
                                br 12 (;@2;)
                              end
                              local.get 3
                              i32.const 1
                              i32.and
                              i32.eqz
                              if ;; label = @14
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
                            i32.load
                            local.tee 3
                            i32.eqz
                            if ;; label = @13
                              i64.const 21474836481
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
                            i32.store offset=20
                          end
                          local.get 0
                          i32.load offset=12
                          local.set 3
                          local.get 0
                          i32.load offset=20
                          local.set 4
                          local.get 0
                          local.get 4
                          i32.store offset=12
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
                          i64.const 31138906113
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 0
                        i32.load offset=8
                        local.set 3
                        local.get 0
                        i32.load offset=16
                        local.set 4
                        local.get 0
                        local.get 4
                        i32.store offset=8
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
                      end
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 35433938944
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 0
                      i32.load offset=8
                      local.tee 3
                      i32.eqz
                      if ;; label = @10
                        i64.const 34359738368
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
                      i32.store offset=16
                    end
                    local.get 0
                    i32.load offset=12
                    local.tee 3
                    i32.eqz
                    if ;; label = @9
                      i64.const 38654705665
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
                    i32.store offset=20
                  end
                  local.get 0
                  i32.load offset=16
                  local.set 3
                  local.get 0
                  i32.load offset=20
                  local.set 4
                  local.get 0
                  i32.const 0
                  i32.store offset=16
                  local.get 0
                  i32.const 0
                  i32.store offset=20
                  local.get 3
                  local.get 4
                  i32.ne
                  local.set 6
                  local.get 3
                  i32.const 1
                  i32.and
                  i32.eqz
                  local.get 3
                  i32.const 0
                  i32.ne
                  i32.and
                  if ;; label = @8
                    local.get 3
                    local.get 3
                    i32.load
                    i32.const 1
                    i32.sub
                    local.tee 8
                    i32.store
                    local.get 8
                    i32.eqz
                    if ;; label = @9
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
                  if ;; label = @8
                    local.get 4
                    local.get 4
                    i32.load
                    i32.const 1
                    i32.sub
                    local.tee 8
                    i32.store
                    local.get 8
                    i32.eqz
                    if ;; label = @9
                      local.get 4
                      call 0
                    end
                  end
                  local.get 6
                  local.set 6
                  i32.const 4096
                  i32.const 4112
                  local.get 6
                  select
                  local.set 3
                  local.get 3
                  i32.const 1
                  i32.and
                  i32.eqz
                  if ;; label = @8
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
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 48319037441
                  local.set 5
                  br 5 (;@2;)
                end
                local.get 0
                i32.load offset=16
                local.tee 3
                i32.const 4096
                i32.eq
                if ;; label = @7
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
                  if ;; label = @8
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
                    if ;; label = @9
                      i64.const 61204004864
                      local.set 5
                      br 7 (;@2;)
                    end
                    br 4 (;@4;)
                  else
                    local.get 3
                    i32.const 1
                    i32.and
                    i32.eqz
                    if ;; label = @9
                      i64.const 47244640257
                      local.set 5
                      br 7 (;@2;)
                    end
                    local.get 0
                    i32.const 0
                    i32.store offset=16
                    local.get 3
                    i32.const 1
                    i32.ne
                    i32.eqz
                    if ;; label = @9
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 61204004864
                        local.set 5
                        br 8 (;@2;)
                      end
                      br 5 (;@4;)
                    end
                  end
                end
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 52614070272
                local.set 5
                br 4 (;@2;)
              end
              local.get 0
              i32.load offset=8
              local.tee 3
              i32.eqz
              if ;; label = @6
                i64.const 51539607552
                local.set 5
                br 4 (;@2;)
              end
              local.get 3
              i32.const 1
              i32.and
              i32.eqz
              if ;; label = @6
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
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 65499103233
              local.set 5
              br 3 (;@2;)
            end
            br 1 (;@3;)
          end
          i32.const 8192
          i32.load8_u
          if ;; label = @4
            i64.const 61204135936
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
        i64.const 64424509441
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

