;; scaled
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
                                                              local.get 1
                                                              br_table 0 (;@29;) 1 (;@28;) 2 (;@27;) 3 (;@26;) 4 (;@25;) 27 (;@2;) 5 (;@24;) 6 (;@23;) 7 (;@22;) 27 (;@2;) 27 (;@2;) 27 (;@2;) 8 (;@21;) 27 (;@2;) 27 (;@2;) 27 (;@2;) 9 (;@20;) 27 (;@2;) 27 (;@2;) 27 (;@2;) 10 (;@19;) 27 (;@2;) 27 (;@2;) 27 (;@2;) 11 (;@18;) 27 (;@2;) 12 (;@17;) 27 (;@2;) 13 (;@16;) 14 (;@15;) 15 (;@14;) 16 (;@13;) 17 (;@12;) 18 (;@11;) 27 (;@2;) 19 (;@10;) 20 (;@9;) 21 (;@8;) 22 (;@7;) 27 (;@2;) 23 (;@6;) 24 (;@5;) 25 (;@4;) 26 (;@3;) 27 (;@2;)
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
                                                          if ;; label = @28
                                                            local.get 3
                                                            local.get 3
                                                            i32.load
                                                            i32.const 1
                                                            i32.sub
                                                            local.tee 8
                                                            i32.store
                                                            local.get 8
                                                            i32.eqz
                                                            if ;; label = @29
                                                              local.get 3
                                                              call 0
                                                            end
                                                          end
                                                        end
                                                        i32.const 8192
                                                        i32.load8_u
                                                        if ;; label = @27
                                                          i64.const 9663741952
                                                          local.set 5
                                                          br 25 (;@2;)
                                                        end
                                                        local.get 0
                                                        i32.load
                                                        local.tee 3
                                                        i32.eqz
                                                        if ;; label = @27
                                                          i64.const 8589934592
                                                          local.set 5
                                                          br 25 (;@2;)
                                                        end
                                                        local.get 3
                                                        i32.const 1
                                                        i32.and
                                                        i32.eqz
                                                        if ;; label = @27
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
                                                    if ;; label = @25
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
                                                      if ;; label = @26
                                                        i64.const 17179869186
                                                        local.set 5
                                                        br 24 (;@2;)
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
                                                    if ;; label = @25
                                                      i32.const 8192
                                                      i32.load8_u
                                                      if ;; label = @26
                                                        i64.const 181462630400
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      br 21 (;@4;)
                                                    end
                                                    i32.const 8192
                                                    i32.load8_u
                                                    if ;; label = @25
                                                      i64.const 31138775040
                                                      local.set 5
                                                      br 23 (;@2;)
                                                    end
                                                    br 1 (;@23;)
                                                  end
                                                  i32.const 8192
                                                  i32.load8_u
                                                  if ;; label = @24
                                                    i64.const 26843807745
                                                    local.set 5
                                                    br 22 (;@2;)
                                                  end
                                                  local.get 0
                                                  i32.load offset=8
                                                  local.tee 3
                                                  i32.const 4096
                                                  i32.eq
                                                  if ;; label = @24
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
                                                    if ;; label = @25
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
                                                      if ;; label = @26
                                                        i64.const 181462761472
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      br 21 (;@4;)
                                                    else
                                                      local.get 3
                                                      i32.const 1
                                                      i32.and
                                                      i32.eqz
                                                      if ;; label = @26
                                                        i64.const 27917287425
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      local.get 0
                                                      i32.const 0
                                                      i32.store offset=8
                                                      local.get 3
                                                      i32.const 1
                                                      i32.ne
                                                      i32.eqz
                                                      if ;; label = @26
                                                        i32.const 8192
                                                        i32.load8_u
                                                        if ;; label = @27
                                                          i64.const 181462761472
                                                          local.set 5
                                                          br 25 (;@2;)
                                                        end
                                                        br 22 (;@4;)
                                                      end
                                                    end
                                                  end
                                                end
                                                i32.const 8192
                                                i32.load8_u
                                                if ;; label = @23
                                                  i64.const 31138906112
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 0
                                                i32.load offset=4
                                                local.tee 3
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 30064771072
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
                                                i32.store offset=8
                                              end
                                              i32.const 16384
                                              i32.load
                                              i32.const 7
                                              i32.ne
                                              if ;; label = @22
                                                i64.const 36507222017
                                                local.set 5
                                                br 20 (;@2;)
                                              end
                                              i32.const 20512
                                              i32.load
                                              local.tee 3
                                              i32.eqz
                                              if ;; label = @22
                                                i64.const 36507222017
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
                                              i32.store offset=12
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
                                            if ;; label = @21
                                              i64.const 53687091202
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            i32.const 20528
                                            i32.load
                                            local.tee 3
                                            i32.eqz
                                            if ;; label = @21
                                              i64.const 53687091202
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
                                            i32.store offset=20
                                          end
                                          i32.const 16384
                                          i32.load
                                          i32.const 7
                                          i32.ne
                                          if ;; label = @20
                                            i64.const 70866960388
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          i32.const 20544
                                          i32.load
                                          local.tee 3
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 70866960388
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
                                          i32.store offset=24
                                        end
                                        local.get 0
                                        i32.const 16
                                        i32.add
                                        i32.const 24576
                                        i32.const 20
                                        call 7
                                        local.tee 6
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 88046829573
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 6
                                        i32.const 2
                                        i32.eq
                                        if ;; label = @19
                                          i64.const 103616086018
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                      end
                                      i32.const 8192
                                      i32.load8_u
                                      if ;; label = @18
                                        i64.const 104154267651
                                        local.set 5
                                        br 16 (;@2;)
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
                                      if ;; label = @18
                                        block ;; label = @19
                                          block ;; label = @20
                                            local.get 3
                                            i32.const 1
                                            i32.and
                                            if (result f64) ;; label = @21
                                              local.get 3
                                              i32.const 1
                                              i32.shr_s
                                              f64.convert_i32_s
                                            else
                                              local.get 3
                                              i32.load offset=12
                                              i32.const 8704
                                              i32.ne
                                              br_if 1 (;@20;)
                                              local.get 3
                                              f64.load offset=16
                                            end
                                            local.set 10
                                            local.get 4
                                            i32.const 1
                                            i32.and
                                            if (result f64) ;; label = @21
                                              local.get 4
                                              i32.const 1
                                              i32.shr_s
                                              f64.convert_i32_s
                                            else
                                              local.get 4
                                              i32.load offset=12
                                              i32.const 8704
                                              i32.ne
                                              br_if 1 (;@20;)
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
                                            br_if 0 (;@20;)
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
                                            local.get 4
                                            i32.const 1
                                            i32.and
                                            i32.eqz
                                            local.get 4
                                            i32.const 0
                                            i32.ne
                                            i32.and
                                            if ;; label = @21
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
                                            end
                                            br 1 (;@19;)
                                          end
                                          local.get 0
                                          i32.const 12
                                          i32.add
                                          i32.const 24576
                                          i32.const 24
                                          call 10
                                          local.tee 6
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 105226698755
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 6
                                          i32.const 2
                                          i32.eq
                                          if ;; label = @20
                                            i64.const 112206020609
                                            local.set 5
                                            br 18 (;@2;)
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
                                        if ;; label = @19
                                          local.get 0
                                          i32.const 12
                                          i32.add
                                          i32.const 24576
                                          i32.const 24
                                          call 10
                                          local.tee 6
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 105226698755
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 6
                                          i32.const 2
                                          i32.eq
                                          if ;; label = @20
                                            i64.const 112206020609
                                            local.set 5
                                            br 18 (;@2;)
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
                                    if ;; label = @17
                                      i64.const 112744464386
                                      local.set 5
                                      br 15 (;@2;)
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
                                        i32.const 8
                                        i32.add
                                        i32.const 24576
                                        i32.const 26
                                        call 10
                                        local.tee 6
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 113816633346
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 6
                                        i32.const 2
                                        i32.eq
                                        if ;; label = @19
                                          i64.const 120795955200
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
                                        i32.const 8
                                        i32.add
                                        i32.const 24576
                                        i32.const 26
                                        call 10
                                        local.tee 6
                                        i32.eqz
                                        if ;; label = @19
                                          i64.const 113816633346
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        local.get 6
                                        i32.const 2
                                        i32.eq
                                        if ;; label = @19
                                          i64.const 120795955200
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
                                        i32.store offset=8
                                        local.get 0
                                        i32.const 0
                                        i32.store offset=12
                                      end
                                    end
                                  end
                                  i32.const 8192
                                  i32.load8_u
                                  if ;; label = @16
                                    i64.const 121334530049
                                    local.set 5
                                    br 14 (;@2;)
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
                                end
                                i32.const 8192
                                i32.load8_u
                                if ;; label = @15
                                  i64.const 125629628416
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 0
                                i32.load
                                local.tee 3
                                i32.eqz
                                if ;; label = @15
                                  i64.const 124554051584
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
                                i32.store offset=8
                              end
                              i32.const 16384
                              i32.load
                              i32.const 7
                              i32.ne
                              if ;; label = @14
                                i64.const 130996502529
                                local.set 5
                                br 12 (;@2;)
                              end
                              i32.const 20600
                              i32.load
                              local.set 3
                              local.get 0
                              i32.load offset=8
                              local.set 4
                              i32.const 20600
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
                              i64.const 134219694080
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 0
                            i32.load
                            local.tee 3
                            i32.eqz
                            if ;; label = @13
                              i64.const 133143986176
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
                            i32.const 33
                            call 10
                            local.tee 6
                            i32.eqz
                            if ;; label = @13
                              i64.const 143881404418
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 6
                            i32.const 2
                            i32.eq
                            if ;; label = @13
                              i64.const 150860726272
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
                            i32.const 33
                            call 10
                            local.tee 6
                            i32.eqz
                            if ;; label = @13
                              i64.const 143881404418
                              local.set 5
                              br 11 (;@2;)
                            end
                            local.get 6
                            i32.const 2
                            i32.eq
                            if ;; label = @13
                              i64.const 150860726272
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
                        i64.const 151399759873
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
                      i64.const 155694858240
                      local.set 5
                      br 7 (;@2;)
                    end
                    local.get 0
                    i32.load
                    local.tee 3
                    i32.eqz
                    if ;; label = @9
                      i64.const 154618822656
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
                  i32.const 38
                  call 8
                  local.tee 6
                  i32.eqz
                  if ;; label = @8
                    i64.const 163208757250
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
                    i64.const 181464858624
                    local.set 5
                    br 6 (;@2;)
                  end
                  br 3 (;@4;)
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 177169891328
                  local.set 5
                  br 5 (;@2;)
                end
                br 1 (;@5;)
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 172874924033
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
                    i64.const 181464989696
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
                    i64.const 171798691841
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
                      i64.const 181464989696
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
              i64.const 177170022400
              local.set 5
              br 3 (;@2;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 176093659136
              local.set 5
              br 3 (;@2;)
            end
            i32.const 8192
            i32.load8_u
            if ;; label = @5
              i64.const 31141199872
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
            i64.const 181465055232
            local.set 5
            br 2 (;@2;)
          end
          local.get 0
          i32.load offset=4
          local.tee 3
          i32.eqz
          if ;; label = @4
            i64.const 180388626432
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
        i64.const 184683593729
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

