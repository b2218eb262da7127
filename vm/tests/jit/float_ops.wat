;; mix
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
                            local.get 1
                            br_table 0 (;@12;) 1 (;@11;) 2 (;@10;) 10 (;@2;) 3 (;@9;) 4 (;@8;) 10 (;@2;) 5 (;@7;) 6 (;@6;) 10 (;@2;) 7 (;@5;) 8 (;@4;) 10 (;@2;) 9 (;@3;) 10 (;@2;)
                          end
                          local.get 0
                          i32.load
                          local.tee 3
                          i32.eqz
                          if ;; label = @12
                            i64.const 0
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
                          i32.store offset=8
                        end
                        local.get 0
                        i32.load offset=4
                        local.tee 3
                        i32.eqz
                        if ;; label = @11
                          i64.const 4294967297
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
                      if ;; label = @10
                        block ;; label = @11
                          block ;; label = @12
                            local.get 3
                            i32.const 1
                            i32.and
                            if (result f64) ;; label = @13
                              local.get 3
                              i32.const 1
                              i32.shr_s
                              f64.convert_i32_s
                            else
                              local.get 3
                              i32.load offset=12
                              i32.const 8704
                              i32.ne
                              br_if 1 (;@12;)
                              local.get 3
                              f64.load offset=16
                            end
                            local.set 10
                            local.get 4
                            i32.const 1
                            i32.and
                            if (result f64) ;; label = @13
                              local.get 4
                              i32.const 1
                              i32.shr_s
                              f64.convert_i32_s
                            else
                              local.get 4
                              i32.load offset=12
                              i32.const 8704
                              i32.ne
                              br_if 1 (;@12;)
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
                            br_if 0 (;@12;)
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
                            local.get 4
                            i32.const 1
                            i32.and
                            i32.eqz
                            local.get 4
                            i32.const 0
                            i32.ne
                            i32.and
                            if ;; label = @13
                              local.get 4
                              local.get 4
                              i32.load
                              i32.const 1
                              i32.sub
                              local.tee 8
                              i32.store
                              local.get 8
                              i32.eqz
                              if ;; label = @14
                                local.get 4
                                call 0
                              end
                            end
                            br 1 (;@11;)
                          end
                          local.get 0
                          i32.const 8
                          i32.add
                          i32.const 24576
                          i32.const 2
                          call 10
                          local.tee 6
                          i32.eqz
                          if ;; label = @12
                            i64.const 10737418242
                            local.set 5
                            br 10 (;@2;)
                          end
                          local.get 6
                          i32.const 2
                          i32.eq
                          if ;; label = @12
                            i64.const 17716740096
                            local.set 5
                            br 10 (;@2;)
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
                        if ;; label = @11
                          local.get 0
                          i32.const 8
                          i32.add
                          i32.const 24576
                          i32.const 2
                          call 10
                          local.tee 6
                          i32.eqz
                          if ;; label = @12
                            i64.const 10737418242
                            local.set 5
                            br 10 (;@2;)
                          end
                          local.get 6
                          i32.const 2
                          i32.eq
                          if ;; label = @12
                            i64.const 17716740096
                            local.set 5
                            br 10 (;@2;)
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
                    if ;; label = @9
                      i64.const 18253742081
                      local.set 5
                      br 7 (;@2;)
                    end
                    i32.const 12304
                    i32.const 12304
                    i32.load
                    i32.const 1
                    i32.add
                    i32.store
                    i32.const 12304
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
                      i32.const 8
                      i32.add
                      i32.const 24576
                      i32.const 5
                      call 10
                      local.tee 6
                      i32.eqz
                      if ;; label = @10
                        i64.const 23622320130
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 6
                      i32.const 2
                      i32.eq
                      if ;; label = @10
                        i64.const 30601641984
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
                      i32.const 8
                      i32.add
                      i32.const 24576
                      i32.const 5
                      call 10
                      local.tee 6
                      i32.eqz
                      if ;; label = @10
                        i64.const 23622320130
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 6
                      i32.const 2
                      i32.eq
                      if ;; label = @10
                        i64.const 30601641984
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
                      i32.store offset=8
                      local.get 0
                      i32.const 0
                      i32.store offset=12
                    end
                  end
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 31138840577
                  local.set 5
                  br 5 (;@2;)
                end
                local.get 0
                i32.load offset=4
                local.tee 3
                i32.eqz
                if ;; label = @7
                  i64.const 30064771073
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
              i32.load offset=8
              local.set 3
              local.get 0
              i32.load offset=12
              local.tee 4
              local.get 3
              i32.and
              i32.const 1
              i32.and
              drop
              block ;; label = @6
                block ;; label = @7
                  local.get 3
                  i32.const 1
                  i32.and
                  if (result f64) ;; label = @8
                    local.get 3
                    i32.const 1
                    i32.shr_s
                    f64.convert_i32_s
                  else
                    local.get 3
                    i32.load offset=12
                    i32.const 8704
                    i32.ne
                    br_if 1 (;@7;)
                    local.get 3
                    f64.load offset=16
                  end
                  local.set 10
                  local.get 4
                  i32.const 1
                  i32.and
                  if (result f64) ;; label = @8
                    local.get 4
                    i32.const 1
                    i32.shr_s
                    f64.convert_i32_s
                  else
                    local.get 4
                    i32.load offset=12
                    i32.const 8704
                    i32.ne
                    br_if 1 (;@7;)
                    local.get 4
                    f64.load offset=16
                  end
                  local.set 11
                  local.get 10
                  local.get 11
                  local.get 11
                  f64.const 0x0p+0 (;=0;)
                  f64.eq
                  br_if 0 (;@7;)
                  f64.div
                  local.set 10
                  i32.const 8960
                  i32.load
                  local.tee 9
                  i32.eqz
                  br_if 0 (;@7;)
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
                  br 1 (;@6;)
                end
                local.get 0
                i32.const 8
                i32.add
                i32.const 24576
                i32.const 8
                call 10
                local.tee 6
                i32.eqz
                if ;; label = @7
                  i64.const 34359738370
                  local.set 5
                  br 5 (;@2;)
                end
                local.get 6
                i32.const 2
                i32.eq
                if ;; label = @7
                  i64.const 43486543872
                  local.set 5
                  br 5 (;@2;)
                end
              end
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 44023939073
              local.set 5
              br 3 (;@2;)
            end
            local.get 0
            i32.load
            local.tee 3
            i32.eqz
            if ;; label = @5
              i64.const 42949672961
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
          if ;; label = @4
            block ;; label = @5
              block ;; label = @6
                local.get 3
                i32.const 1
                i32.and
                if (result f64) ;; label = @7
                  local.get 3
                  i32.const 1
                  i32.shr_s
                  f64.convert_i32_s
                else
                  local.get 3
                  i32.load offset=12
                  i32.const 8704
                  i32.ne
                  br_if 1 (;@6;)
                  local.get 3
                  f64.load offset=16
                end
                local.set 10
                local.get 4
                i32.const 1
                i32.and
                if (result f64) ;; label = @7
                  local.get 4
                  i32.const 1
                  i32.shr_s
                  f64.convert_i32_s
                else
                  local.get 4
                  i32.load offset=12
                  i32.const 8704
                  i32.ne
                  br_if 1 (;@6;)
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
                br_if 0 (;@6;)
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
                local.get 4
                i32.const 1
                i32.and
                i32.eqz
                local.get 4
                i32.const 0
                i32.ne
                i32.and
                if ;; label = @7
                  local.get 4
                  local.get 4
                  i32.load
                  i32.const 1
                  i32.sub
                  local.tee 8
                  i32.store
                  local.get 8
                  i32.eqz
                  if ;; label = @8
                    local.get 4
                    call 0
                  end
                end
                br 1 (;@5;)
              end
              local.get 0
              i32.const 8
              i32.add
              i32.const 24576
              i32.const 11
              call 10
              local.tee 6
              i32.eqz
              if ;; label = @6
                i64.const 47244640258
                local.set 5
                br 4 (;@2;)
              end
              local.get 6
              i32.const 2
              i32.eq
              if ;; label = @6
                i64.const 56371445760
                local.set 5
                br 4 (;@2;)
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
            if ;; label = @5
              local.get 0
              i32.const 8
              i32.add
              i32.const 24576
              i32.const 11
              call 10
              local.tee 6
              i32.eqz
              if ;; label = @6
                i64.const 47244640258
                local.set 5
                br 4 (;@2;)
              end
              local.get 6
              i32.const 2
              i32.eq
              if ;; label = @6
                i64.const 56371445760
                local.set 5
                br 4 (;@2;)
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
        if ;; label = @3
          i64.const 56909037569
          local.set 5
          br 1 (;@2;)
        end
        i64.const 55834574849
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

