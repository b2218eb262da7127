;; digits
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
                                              local.get 1
                                              br_table 0 (;@21;) 1 (;@20;) 2 (;@19;) 3 (;@18;) 4 (;@17;) 5 (;@16;) 6 (;@15;) 7 (;@14;) 19 (;@2;) 8 (;@13;) 19 (;@2;) 9 (;@12;) 10 (;@11;) 11 (;@10;) 12 (;@9;) 19 (;@2;) 13 (;@8;) 14 (;@7;) 15 (;@6;) 16 (;@5;) 17 (;@4;) 18 (;@3;) 19 (;@2;)
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
                                          local.set 4
                                          local.get 0
                                          local.get 4
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
                                          i64.const 9663741952
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 0
                                        i32.load
                                        local.tee 3
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 8589934592
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
                                            i64.const 86973284352
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
                                            i64.const 15032385537
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
                                              i64.const 86973284352
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
                                      i64.const 18253807616
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 0
                                    i32.load offset=8
                                    local.tee 3
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 17179869184
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
                                    i64.const 21474836481
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
                                i32.load offset=4
                                local.tee 3
                                i32.eqz
                                if ;; label = @15
                                  i64.const 25769803778
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
                              if ;; label = @14
                                local.get 0
                                i32.const 16
                                i32.add
                                i32.const 24576
                                i32.const 7
                                call 10
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 32212254723
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 6
                                i32.const 2
                                i32.eq
                                if ;; label = @15
                                  i64.const 39191576577
                                  local.set 5
                                  br 13 (;@2;)
                                end
                              else
                                local.get 4
                                i32.const 1
                                i32.eq
                                if ;; label = @15
                                  i64.const 1073741824
                                  local.set 7
                                else
                                  local.get 3
                                  i32.const 1
                                  i32.shr_s
                                  local.set 3
                                  local.get 4
                                  i32.const 1
                                  i32.shr_s
                                  local.set 4
                                  local.get 3
                                  local.get 4
                                  i32.rem_s
                                  local.tee 6
                                  i32.const 0
                                  i32.ne
                                  local.get 6
                                  local.get 4
                                  i32.xor
                                  i32.const 0
                                  i32.lt_s
                                  i32.and
                                  local.set 6
                                  i32.const 0
                                  local.get 6
                                  i32.sub
                                  local.get 4
                                  i32.and
                                  local.get 3
                                  local.get 4
                                  i32.rem_s
                                  i32.add
                                  i64.extend_i32_s
                                  local.set 7
                                end
                                local.get 7
                                i64.const -1073741824
                                i64.lt_s
                                local.get 7
                                i64.const 1073741823
                                i64.gt_s
                                i32.or
                                if ;; label = @15
                                  local.get 0
                                  i32.const 16
                                  i32.add
                                  i32.const 24576
                                  i32.const 7
                                  call 10
                                  local.tee 6
                                  i32.eqz
                                  if ;; label = @16
                                    i64.const 32212254723
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                  local.get 6
                                  i32.const 2
                                  i32.eq
                                  if ;; label = @16
                                    i64.const 39191576577
                                    local.set 5
                                    br 14 (;@2;)
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
                            if ;; label = @13
                              i64.const 39728906242
                              local.set 5
                              br 11 (;@2;)
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
                                i32.const 12
                                i32.add
                                i32.const 24576
                                i32.const 9
                                call 10
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 40802189314
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 6
                                i32.const 2
                                i32.eq
                                if ;; label = @15
                                  i64.const 47781511168
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
                                i32.const 12
                                i32.add
                                i32.const 24576
                                i32.const 9
                                call 10
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 40802189314
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 6
                                i32.const 2
                                i32.eq
                                if ;; label = @15
                                  i64.const 47781511168
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
                                i32.store offset=12
                                local.get 0
                                i32.const 0
                                i32.store offset=16
                              end
                            end
                          end
                          i32.const 8192
                          i32.load8_u
                          if ;; label = @12
                            i64.const 48318971905
                            local.set 5
                            br 10 (;@2;)
                          end
                          local.get 0
                          i32.load offset=8
                          local.set 3
                          local.get 0
                          i32.load offset=12
                          local.set 4
                          local.get 0
                          local.get 4
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
                          i64.const 52614070272
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 0
                        i32.load
                        local.tee 3
                        i32.eqz
                        if ;; label = @11
                          i64.const 51539607552
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
                        i32.store offset=12
                      end
                      local.get 0
                      i32.load offset=4
                      local.tee 3
                      i32.eqz
                      if ;; label = @10
                        i64.const 55834574849
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
                    local.set 3
                    local.get 0
                    i32.load offset=16
                    local.tee 4
                    local.get 3
                    i32.and
                    i32.const 1
                    i32.and
                    i32.eqz
                    if ;; label = @9
                      local.get 0
                      i32.const 12
                      i32.add
                      i32.const 24576
                      i32.const 14
                      call 10
                      local.tee 6
                      i32.eqz
                      if ;; label = @10
                        i64.const 60129542146
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 6
                      i32.const 2
                      i32.eq
                      if ;; label = @10
                        i64.const 69256347648
                        local.set 5
                        br 8 (;@2;)
                      end
                    else
                      local.get 4
                      i32.const 1
                      i32.eq
                      if ;; label = @10
                        i64.const 1073741824
                        local.set 7
                      else
                        local.get 3
                        i32.const 1
                        i32.shr_s
                        local.set 3
                        local.get 4
                        i32.const 1
                        i32.shr_s
                        local.set 4
                        local.get 3
                        local.get 4
                        i32.rem_s
                        local.tee 6
                        i32.const 0
                        i32.ne
                        local.get 6
                        local.get 4
                        i32.xor
                        i32.const 0
                        i32.lt_s
                        i32.and
                        local.set 6
                        local.get 3
                        local.get 4
                        i32.div_s
                        local.get 6
                        i32.sub
                        i64.extend_i32_s
                        local.set 7
                      end
                      local.get 7
                      i64.const -1073741824
                      i64.lt_s
                      local.get 7
                      i64.const 1073741823
                      i64.gt_s
                      i32.or
                      if ;; label = @10
                        local.get 0
                        i32.const 12
                        i32.add
                        i32.const 24576
                        i32.const 14
                        call 10
                        local.tee 6
                        i32.eqz
                        if ;; label = @11
                          i64.const 60129542146
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 6
                        i32.const 2
                        i32.eq
                        if ;; label = @11
                          i64.const 69256347648
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
                        i32.store offset=12
                        local.get 0
                        i32.const 0
                        i32.store offset=16
                      end
                    end
                  end
                  i32.const 8192
                  i32.load8_u
                  if ;; label = @8
                    i64.const 69794136065
                    local.set 5
                    br 6 (;@2;)
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
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 74089234432
                  local.set 5
                  br 5 (;@2;)
                end
                local.get 0
                i32.load
                local.tee 3
                i32.eqz
                if ;; label = @7
                  i64.const 73014444032
                  local.set 5
                  br 5 (;@2;)
                end
                local.get 3
                i32.const 1
                i32.and
                i32.eqz
                if ;; label = @7
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
              if ;; label = @6
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
                if ;; label = @7
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
                  if ;; label = @8
                    i64.const 86974267392
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
                    i64.const 77309411329
                    local.set 5
                    br 6 (;@2;)
                  end
                  local.get 0
                  i32.const 0
                  i32.store offset=12
                  local.get 3
                  i32.const 1
                  i32.ne
                  i32.eqz
                  if ;; label = @8
                    i32.const 8192
                    i32.load8_u
                    if ;; label = @9
                      i64.const 86974267392
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
              i64.const 82679300096
              local.set 5
              br 3 (;@2;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 81604378624
              local.set 5
              br 3 (;@2;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 18254856192
              local.set 5
              br 3 (;@2;)
            end
            i32.const 4
            local.set 1
            br 3 (;@1;)
          end
          i32.const 8192
          i32.load8_u
          if ;; label = @4
            i64.const 86974332928
            local.set 5
            br 2 (;@2;)
          end
          local.get 0
          i32.load offset=8
          local.tee 3
          i32.eqz
          if ;; label = @4
            i64.const 85899345920
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
          i32.store offset=12
        end
        i64.const 90194313217
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

