;; swap_ends
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
                                                  br_table 0 (;@23;) 1 (;@22;) 21 (;@2;) 2 (;@21;) 3 (;@20;) 4 (;@19;) 5 (;@18;) 6 (;@17;) 7 (;@16;) 8 (;@15;) 21 (;@2;) 9 (;@14;) 10 (;@13;) 11 (;@12;) 12 (;@11;) 13 (;@10;) 14 (;@9;) 15 (;@8;) 16 (;@7;) 17 (;@6;) 18 (;@5;) 19 (;@4;) 20 (;@3;) 21 (;@2;)
                                                end
                                                local.get 0
                                                i32.load
                                                local.tee 3
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 0
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
                                                i32.store offset=20
                                              end
                                              local.get 0
                                              i32.const 20
                                              i32.add
                                              i32.const 24576
                                              i32.const 1
                                              call 11
                                              local.tee 6
                                              i32.eqz
                                              if ;; label = @22
                                                i64.const 6442450945
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                              local.get 6
                                              i32.const 2
                                              i32.eq
                                              if ;; label = @22
                                                i64.const 13421772800
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                            end
                                            i32.const 8192
                                            i32.load8_u
                                            if ;; label = @21
                                              i64.const 13958709250
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            local.get 0
                                            i32.load offset=8
                                            local.set 3
                                            local.get 0
                                            i32.load offset=24
                                            local.set 4
                                            local.get 0
                                            local.get 4
                                            i32.store offset=8
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
                                            if ;; label = @21
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
                                            end
                                          end
                                          i32.const 8192
                                          i32.load8_u
                                          if ;; label = @20
                                            i64.const 18253807617
                                            local.set 5
                                            br 18 (;@2;)
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
                                          i64.const 22548840448
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 0
                                        i32.load offset=4
                                        local.tee 3
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 21474836480
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
                                        i32.store offset=20
                                      end
                                      local.get 0
                                      i32.load offset=8
                                      local.tee 3
                                      i32.eqz
                                      if ;; label = @18
                                        i64.const 25769803777
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
                                      i32.store offset=24
                                    end
                                    local.get 0
                                    i32.load offset=12
                                    local.tee 3
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 30064771074
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
                                    i32.store offset=28
                                  end
                                  local.get 0
                                  i32.const 24
                                  i32.add
                                  i32.const 24576
                                  i32.const 8
                                  call 11
                                  local.tee 6
                                  i32.eqz
                                  if ;; label = @16
                                    i64.const 36507222019
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                end
                                i32.const 8192
                                i32.load8_u
                                if ;; label = @15
                                  i64.const 39728971778
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                block ;; label = @15
                                  block ;; label = @16
                                    local.get 0
                                    i32.load offset=24
                                    local.tee 6
                                    i32.const 1
                                    i32.and
                                    i32.eqz
                                    br_if 0 (;@16;)
                                    local.get 0
                                    i32.load offset=20
                                    local.tee 3
                                    i32.const 1
                                    i32.and
                                    br_if 0 (;@16;)
                                    local.get 3
                                    i32.load offset=12
                                    i32.const 9216
                                    i32.eq
                                    if ;; label = @17
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
                                      br_if 1 (;@16;)
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
                                    if ;; label = @17
                                      local.get 6
                                      local.get 9
                                      i32.add
                                      local.set 6
                                    end
                                    local.get 6
                                    local.get 9
                                    i32.ge_u
                                    br_if 0 (;@16;)
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
                                    if ;; label = @17
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
                                    br 1 (;@15;)
                                  end
                                  local.get 0
                                  i32.const 24
                                  i32.add
                                  i32.const 24576
                                  i32.const 9
                                  call 4
                                  local.tee 6
                                  i32.eqz
                                  if ;; label = @16
                                    i64.const 40802189314
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                  local.get 6
                                  i32.const 2
                                  i32.eq
                                  if ;; label = @16
                                    i64.const 47781511168
                                    local.set 5
                                    br 14 (;@2;)
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
                              i32.load offset=16
                              local.set 3
                              local.get 0
                              i32.load offset=20
                              local.set 4
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
                            i32.load offset=12
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
                            i32.store offset=20
                          end
                          local.get 0
                          i32.load offset=8
                          local.tee 3
                          i32.eqz
                          if ;; label = @12
                            i64.const 55834574849
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
                          i32.store offset=24
                        end
                        local.get 0
                        i32.const 24
                        i32.add
                        i32.const 24576
                        i32.const 14
                        call 11
                        local.tee 6
                        i32.eqz
                        if ;; label = @11
                          i64.const 62277025794
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 6
                        i32.const 2
                        i32.eq
                        if ;; label = @11
                          i64.const 64961380353
                          local.set 5
                          br 9 (;@2;)
                        end
                      end
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 65499168770
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 0
                      i32.const 20
                      i32.add
                      i32.const 24576
                      i32.const 15
                      call 11
                      local.tee 6
                      i32.eqz
                      if ;; label = @10
                        i64.const 66571993090
                        local.set 5
                        br 8 (;@2;)
                      end
                    end
                    i32.const 8192
                    i32.load8_u
                    if ;; label = @9
                      i64.const 69794201601
                      local.set 5
                      br 7 (;@2;)
                    end
                    local.get 0
                    i32.load offset=8
                    local.tee 3
                    i32.eqz
                    if ;; label = @9
                      i64.const 68719476737
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
                    i32.store offset=24
                  end
                  local.get 0
                  i32.load offset=16
                  local.tee 3
                  i32.eqz
                  if ;; label = @8
                    i64.const 73014444034
                    local.set 5
                    br 6 (;@2;)
                  end
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
                  i32.store offset=28
                end
                local.get 0
                i32.const 24
                i32.add
                i32.const 24576
                i32.const 18
                call 11
                local.tee 6
                i32.eqz
                if ;; label = @7
                  i64.const 77309411331
                  local.set 5
                  br 5 (;@2;)
                end
                local.get 6
                i32.const 2
                i32.eq
                if ;; label = @7
                  i64.const 82141249537
                  local.set 5
                  br 5 (;@2;)
                end
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 82679300098
                local.set 5
                br 4 (;@2;)
              end
              local.get 0
              i32.load offset=16
              local.tee 3
              i32.eqz
              if ;; label = @6
                i64.const 81604378626
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
              i32.store offset=28
            end
            local.get 0
            i32.const 24
            i32.add
            i32.const 24576
            i32.const 20
            call 11
            local.tee 6
            i32.eqz
            if ;; label = @5
              i64.const 85899345923
              local.set 5
              br 3 (;@2;)
            end
          end
          i32.const 8192
          i32.load8_u
          if ;; label = @4
            i64.const 91269365762
            local.set 5
            br 2 (;@2;)
          end
          local.get 0
          i32.const 20
          i32.add
          i32.const 24576
          i32.const 21
          call 11
          local.tee 6
          i32.eqz
          if ;; label = @4
            i64.const 90194313218
            local.set 5
            br 2 (;@2;)
          end
        end
        i32.const 8192
        i32.load8_u
        if ;; label = @3
          i64.const 95564398593
          local.set 5
          br 1 (;@2;)
        end
        i64.const 94489280513
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

