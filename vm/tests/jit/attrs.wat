;; bump
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
                                                                    local.get 1
                                                                    br_table 0 (;@32;) 1 (;@31;) 2 (;@30;) 30 (;@2;) 3 (;@29;) 4 (;@28;) 5 (;@27;) 30 (;@2;) 30 (;@2;) 6 (;@26;) 7 (;@25;) 30 (;@2;) 30 (;@2;) 8 (;@24;) 30 (;@2;) 9 (;@23;) 10 (;@22;) 30 (;@2;) 30 (;@2;) 11 (;@21;) 12 (;@20;) 30 (;@2;) 30 (;@2;) 13 (;@19;) 30 (;@2;) 30 (;@2;) 14 (;@18;) 15 (;@17;) 30 (;@2;) 30 (;@2;) 30 (;@2;) 16 (;@16;) 17 (;@15;) 18 (;@14;) 19 (;@13;) 30 (;@2;) 20 (;@12;) 21 (;@11;) 22 (;@10;) 23 (;@9;) 30 (;@2;) 24 (;@8;) 25 (;@7;) 26 (;@6;) 27 (;@5;) 28 (;@4;) 29 (;@3;) 30 (;@2;)
                                                                  end
                                                                  local.get 0
                                                                  i32.load offset=4
                                                                  local.tee 3
                                                                  i32.eqz
                                                                  if ;; label = @32
                                                                    i64.const 0
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
                                                              if ;; label = @30
                                                                local.get 3
                                                                local.get 4
                                                                i32.gt_s
                                                                local.set 6
                                                              else
                                                                local.get 0
                                                                i32.const 8
                                                                i32.add
                                                                i32.const 24576
                                                                i32.const 2
                                                                call 8
                                                                local.tee 6
                                                                i32.eqz
                                                                if ;; label = @31
                                                                  i64.const 8589934594
                                                                  local.set 5
                                                                  br 29 (;@2;)
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
                                                              if ;; label = @30
                                                                i32.const 8192
                                                                i32.load8_u
                                                                if ;; label = @31
                                                                  i64.const 194347401216
                                                                  local.set 5
                                                                  br 29 (;@2;)
                                                                end
                                                                br 26 (;@4;)
                                                              end
                                                              i32.const 8192
                                                              i32.load8_u
                                                              if ;; label = @30
                                                                i64.const 22548709376
                                                                local.set 5
                                                                br 28 (;@2;)
                                                              end
                                                              br 1 (;@28;)
                                                            end
                                                            i32.const 8192
                                                            i32.load8_u
                                                            if ;; label = @29
                                                              i64.const 18253742081
                                                              local.set 5
                                                              br 27 (;@2;)
                                                            end
                                                            local.get 0
                                                            i32.load offset=8
                                                            local.tee 3
                                                            i32.const 4096
                                                            i32.eq
                                                            if ;; label = @29
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
                                                              if ;; label = @30
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
                                                                if ;; label = @31
                                                                  i64.const 194347532288
                                                                  local.set 5
                                                                  br 29 (;@2;)
                                                                end
                                                                br 26 (;@4;)
                                                              else
                                                                local.get 3
                                                                i32.const 1
                                                                i32.and
                                                                i32.eqz
                                                                if ;; label = @31
                                                                  i64.const 19327352833
                                                                  local.set 5
                                                                  br 29 (;@2;)
                                                                end
                                                                local.get 0
                                                                i32.const 0
                                                                i32.store offset=8
                                                                local.get 3
                                                                i32.const 1
                                                                i32.ne
                                                                i32.eqz
                                                                if ;; label = @31
                                                                  i32.const 8192
                                                                  i32.load8_u
                                                                  if ;; label = @32
                                                                    i64.const 194347532288
                                                                    local.set 5
                                                                    br 30 (;@2;)
                                                                  end
                                                                  br 27 (;@4;)
                                                                end
                                                              end
                                                            end
                                                          end
                                                          i32.const 8192
                                                          i32.load8_u
                                                          if ;; label = @28
                                                            i64.const 22548840448
                                                            local.set 5
                                                            br 26 (;@2;)
                                                          end
                                                          local.get 0
                                                          i32.load
                                                          local.tee 3
                                                          i32.eqz
                                                          if ;; label = @28
                                                            i64.const 21474836480
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
                                                          i32.store offset=8
                                                        end
                                                        block ;; label = @27
                                                          block ;; label = @28
                                                            local.get 0
                                                            i32.load offset=8
                                                            local.tee 3
                                                            i32.const 1
                                                            i32.and
                                                            br_if 0 (;@28;)
                                                            local.get 3
                                                            i32.load offset=12
                                                            local.set 6
                                                            local.get 6
                                                            i32.const 9728
                                                            i32.eq
                                                            if ;; label = @29
                                                              local.get 3
                                                              i32.load offset=120
                                                              local.tee 6
                                                              i32.eqz
                                                              br_if 1 (;@28;)
                                                              local.get 6
                                                              i32.const 0
                                                              i32.load offset=32800
                                                              i32.ne
                                                              br_if 1 (;@28;)
                                                              i32.const 0
                                                              i32.load offset=32804
                                                              local.set 6
                                                              local.get 6
                                                              local.set 4
                                                            else
                                                              local.get 6
                                                              i32.load offset=120
                                                              local.tee 6
                                                              i32.eqz
                                                              br_if 1 (;@28;)
                                                              block ;; label = @30
                                                                i32.const 0
                                                                i32.load offset=32768
                                                                local.get 6
                                                                i32.eq
                                                                if ;; label = @31
                                                                  i32.const 0
                                                                  i32.load offset=32772
                                                                  local.set 6
                                                                  br 1 (;@30;)
                                                                end
                                                                i32.const 0
                                                                i32.load offset=32776
                                                                local.get 6
                                                                i32.eq
                                                                if ;; label = @31
                                                                  i32.const 0
                                                                  i32.load offset=32780
                                                                  local.set 6
                                                                  br 1 (;@30;)
                                                                end
                                                                i32.const 0
                                                                i32.load offset=32784
                                                                local.get 6
                                                                i32.eq
                                                                if ;; label = @31
                                                                  i32.const 0
                                                                  i32.load offset=32788
                                                                  local.set 6
                                                                  br 1 (;@30;)
                                                                end
                                                                i32.const 0
                                                                i32.load offset=32792
                                                                local.get 6
                                                                i32.eq
                                                                if ;; label = @31
                                                                  i32.const 0
                                                                  i32.load offset=32796
                                                                  local.set 6
                                                                  br 1 (;@30;)
                                                                end
                                                                br 2 (;@28;)
                                                              end
                                                              local.get 3
                                                              i32.load16_u offset=6
                                                              local.tee 9
                                                              i32.eqz
                                                              br_if 1 (;@28;)
                                                              local.get 3
                                                              local.get 9
                                                              i32.const 2
                                                              i32.shl
                                                              i32.sub
                                                              i32.load
                                                              local.tee 9
                                                              i32.eqz
                                                              br_if 1 (;@28;)
                                                              local.get 9
                                                              i32.load offset=12
                                                              i32.const 8448
                                                              i32.ne
                                                              br_if 1 (;@28;)
                                                              local.get 6
                                                              local.get 9
                                                              i32.load offset=36
                                                              i32.ge_u
                                                              br_if 1 (;@28;)
                                                              local.get 9
                                                              i32.load offset=32
                                                              local.get 6
                                                              i32.const 16
                                                              i32.mul
                                                              i32.add
                                                              local.tee 9
                                                              i32.load offset=8
                                                              i32.const 32768
                                                              i32.ne
                                                              br_if 1 (;@28;)
                                                              local.get 9
                                                              i32.load offset=12
                                                              local.tee 4
                                                              i32.eqz
                                                              br_if 1 (;@28;)
                                                            end
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
                                                            i32.store offset=8
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
                                                          i32.const 0
                                                          i32.load offset=32808
                                                          if ;; label = @28
                                                            local.get 0
                                                            i32.const 8
                                                            i32.add
                                                            i32.const 32768
                                                            i32.const 32768
                                                            call 12
                                                            drop
                                                          end
                                                          local.get 0
                                                          i32.const 8
                                                          i32.add
                                                          i32.const 24576
                                                          i32.const 6
                                                          call 1
                                                          local.tee 6
                                                          i32.eqz
                                                          if ;; label = @28
                                                            i64.const 27917287425
                                                            local.set 5
                                                            br 26 (;@2;)
                                                          end
                                                          local.get 6
                                                          i32.const 2
                                                          i32.eq
                                                          if ;; label = @28
                                                            i64.const 39191576576
                                                            local.set 5
                                                            br 26 (;@2;)
                                                          end
                                                        end
                                                      end
                                                      i32.const 8192
                                                      i32.load8_u
                                                      if ;; label = @26
                                                        i64.const 39728840705
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      local.get 0
                                                      i32.load
                                                      local.tee 3
                                                      i32.eqz
                                                      if ;; label = @26
                                                        i64.const 38654705665
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
                                                      i32.store offset=12
                                                    end
                                                    block ;; label = @25
                                                      block ;; label = @26
                                                        local.get 0
                                                        i32.load offset=12
                                                        local.tee 3
                                                        i32.const 1
                                                        i32.and
                                                        br_if 0 (;@26;)
                                                        local.get 3
                                                        i32.load offset=12
                                                        local.set 6
                                                        local.get 6
                                                        i32.const 9728
                                                        i32.eq
                                                        if ;; label = @27
                                                          local.get 3
                                                          i32.load offset=120
                                                          local.tee 6
                                                          i32.eqz
                                                          br_if 1 (;@26;)
                                                          local.get 6
                                                          i32.const 0
                                                          i32.load offset=32844
                                                          i32.ne
                                                          br_if 1 (;@26;)
                                                          i32.const 0
                                                          i32.load offset=32848
                                                          local.set 6
                                                          local.get 6
                                                          local.set 4
                                                        else
                                                          local.get 6
                                                          i32.load offset=120
                                                          local.tee 6
                                                          i32.eqz
                                                          br_if 1 (;@26;)
                                                          block ;; label = @28
                                                            i32.const 0
                                                            i32.load offset=32812
                                                            local.get 6
                                                            i32.eq
                                                            if ;; label = @29
                                                              i32.const 0
                                                              i32.load offset=32816
                                                              local.set 6
                                                              br 1 (;@28;)
                                                            end
                                                            i32.const 0
                                                            i32.load offset=32820
                                                            local.get 6
                                                            i32.eq
                                                            if ;; label = @29
                                                              i32.const 0
                                                              i32.load offset=32824
                                                              local.set 6
                                                              br 1 (;@28;)
                                                            end
                                                            i32.const 0
                                                            i32.load offset=32828
                                                            local.get 6
                                                            i32.eq
                                                            if ;; label = @29
                                                              i32.const 0
                                                              i32.load offset=32832
                                                              local.set 6
                                                              br 1 (;@28;)
                                                            end
                                                            i32.const 0
                                                            i32.load offset=32836
                                                            local.get 6
                                                            i32.eq
                                                            if ;; label = @29
                                                              i32.const 0
                                                              i32.load offset=32840
                                                              local.set 6
                                                              br 1 (;@28;)
                                                            end
                                                            br 2 (;@26;)
                                                          end
                                                          local.get 3
                                                          i32.load16_u offset=6
                                                          local.tee 9
                                                          i32.eqz
                                                          br_if 1 (;@26;)
                                                          local.get 3
                                                          local.get 9
                                                          i32.const 2
                                                          i32.shl
                                                          i32.sub
                                                          i32.load
                                                          local.tee 9
                                                          i32.eqz
                                                          br_if 1 (;@26;)
                                                          local.get 9
                                                          i32.load offset=12
                                                          i32.const 8448
                                                          i32.ne
                                                          br_if 1 (;@26;)
                                                          local.get 6
                                                          local.get 9
                                                          i32.load offset=36
                                                          i32.ge_u
                                                          br_if 1 (;@26;)
                                                          local.get 9
                                                          i32.load offset=32
                                                          local.get 6
                                                          i32.const 16
                                                          i32.mul
                                                          i32.add
                                                          local.tee 9
                                                          i32.load offset=8
                                                          i32.const 32784
                                                          i32.ne
                                                          br_if 1 (;@26;)
                                                          local.get 9
                                                          i32.load offset=12
                                                          local.tee 4
                                                          i32.eqz
                                                          br_if 1 (;@26;)
                                                        end
                                                        local.get 4
                                                        i32.const 1
                                                        i32.and
                                                        i32.eqz
                                                        if ;; label = @27
                                                          local.get 4
                                                          local.get 4
                                                          i32.load
                                                          i32.const 1
                                                          i32.add
                                                          i32.store
                                                        end
                                                        local.get 0
                                                        local.get 4
                                                        i32.store offset=12
                                                        local.get 3
                                                        i32.const 1
                                                        i32.and
                                                        i32.eqz
                                                        local.get 3
                                                        i32.const 0
                                                        i32.ne
                                                        i32.and
                                                        if ;; label = @27
                                                          local.get 3
                                                          local.get 3
                                                          i32.load
                                                          i32.const 1
                                                          i32.sub
                                                          local.tee 8
                                                          i32.store
                                                          local.get 8
                                                          i32.eqz
                                                          if ;; label = @28
                                                            local.get 3
                                                            call 0
                                                          end
                                                        end
                                                        br 1 (;@25;)
                                                      end
                                                      i32.const 0
                                                      i32.load offset=32852
                                                      if ;; label = @26
                                                        local.get 0
                                                        i32.const 12
                                                        i32.add
                                                        i32.const 32812
                                                        i32.const 32784
                                                        call 12
                                                        drop
                                                      end
                                                      local.get 0
                                                      i32.const 12
                                                      i32.add
                                                      i32.const 24576
                                                      i32.const 10
                                                      call 1
                                                      local.tee 6
                                                      i32.eqz
                                                      if ;; label = @26
                                                        i64.const 45097156610
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      local.get 6
                                                      i32.const 2
                                                      i32.eq
                                                      if ;; label = @26
                                                        i64.const 56371445761
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                    end
                                                  end
                                                  i32.const 8192
                                                  i32.load8_u
                                                  if ;; label = @24
                                                    i64.const 56908972034
                                                    local.set 5
                                                    br 22 (;@2;)
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
                                                  if ;; label = @24
                                                    block ;; label = @25
                                                      block ;; label = @26
                                                        local.get 3
                                                        i32.const 1
                                                        i32.and
                                                        if (result f64) ;; label = @27
                                                          local.get 3
                                                          i32.const 1
                                                          i32.shr_s
                                                          f64.convert_i32_s
                                                        else
                                                          local.get 3
                                                          i32.load offset=12
                                                          i32.const 8704
                                                          i32.ne
                                                          br_if 1 (;@26;)
                                                          local.get 3
                                                          f64.load offset=16
                                                        end
                                                        local.set 10
                                                        local.get 4
                                                        i32.const 1
                                                        i32.and
                                                        if (result f64) ;; label = @27
                                                          local.get 4
                                                          i32.const 1
                                                          i32.shr_s
                                                          f64.convert_i32_s
                                                        else
                                                          local.get 4
                                                          i32.load offset=12
                                                          i32.const 8704
                                                          i32.ne
                                                          br_if 1 (;@26;)
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
                                                        br_if 0 (;@26;)
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
                                                        if ;; label = @27
                                                          local.get 3
                                                          local.get 3
                                                          i32.load
                                                          i32.const 1
                                                          i32.sub
                                                          local.tee 8
                                                          i32.store
                                                          local.get 8
                                                          i32.eqz
                                                          if ;; label = @28
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
                                                        if ;; label = @27
                                                          local.get 4
                                                          local.get 4
                                                          i32.load
                                                          i32.const 1
                                                          i32.sub
                                                          local.tee 8
                                                          i32.store
                                                          local.get 8
                                                          i32.eqz
                                                          if ;; label = @28
                                                            local.get 4
                                                            call 0
                                                          end
                                                        end
                                                        br 1 (;@25;)
                                                      end
                                                      local.get 0
                                                      i32.const 8
                                                      i32.add
                                                      i32.const 24576
                                                      i32.const 13
                                                      call 10
                                                      local.tee 6
                                                      i32.eqz
                                                      if ;; label = @26
                                                        i64.const 57982058498
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      local.get 6
                                                      i32.const 2
                                                      i32.eq
                                                      if ;; label = @26
                                                        i64.const 64961380352
                                                        local.set 5
                                                        br 24 (;@2;)
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
                                                    if ;; label = @25
                                                      local.get 0
                                                      i32.const 8
                                                      i32.add
                                                      i32.const 24576
                                                      i32.const 13
                                                      call 10
                                                      local.tee 6
                                                      i32.eqz
                                                      if ;; label = @26
                                                        i64.const 57982058498
                                                        local.set 5
                                                        br 24 (;@2;)
                                                      end
                                                      local.get 6
                                                      i32.const 2
                                                      i32.eq
                                                      if ;; label = @26
                                                        i64.const 64961380352
                                                        local.set 5
                                                        br 24 (;@2;)
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
                                                if ;; label = @23
                                                  i64.const 65499103233
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 0
                                                i32.load
                                                local.tee 3
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 64424509441
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
                                                i32.store offset=12
                                              end
                                              block ;; label = @22
                                                block ;; label = @23
                                                  local.get 0
                                                  i32.load offset=12
                                                  local.tee 3
                                                  i32.const 1
                                                  i32.and
                                                  br_if 0 (;@23;)
                                                  local.get 3
                                                  i32.load offset=12
                                                  local.set 6
                                                  local.get 6
                                                  i32.load offset=120
                                                  local.tee 6
                                                  i32.eqz
                                                  br_if 0 (;@23;)
                                                  block ;; label = @24
                                                    i32.const 0
                                                    i32.load offset=32856
                                                    local.get 6
                                                    i32.eq
                                                    if ;; label = @25
                                                      i32.const 0
                                                      i32.load offset=32860
                                                      local.set 6
                                                      br 1 (;@24;)
                                                    end
                                                    i32.const 0
                                                    i32.load offset=32864
                                                    local.get 6
                                                    i32.eq
                                                    if ;; label = @25
                                                      i32.const 0
                                                      i32.load offset=32868
                                                      local.set 6
                                                      br 1 (;@24;)
                                                    end
                                                    i32.const 0
                                                    i32.load offset=32872
                                                    local.get 6
                                                    i32.eq
                                                    if ;; label = @25
                                                      i32.const 0
                                                      i32.load offset=32876
                                                      local.set 6
                                                      br 1 (;@24;)
                                                    end
                                                    i32.const 0
                                                    i32.load offset=32880
                                                    local.get 6
                                                    i32.eq
                                                    if ;; label = @25
                                                      i32.const 0
                                                      i32.load offset=32884
                                                      local.set 6
                                                      br 1 (;@24;)
                                                    end
                                                    br 1 (;@23;)
                                                  end
                                                  local.get 3
                                                  i32.load16_u offset=6
                                                  local.tee 9
                                                  i32.eqz
                                                  br_if 0 (;@23;)
                                                  local.get 3
                                                  local.get 9
                                                  i32.const 2
                                                  i32.shl
                                                  i32.sub
                                                  i32.load
                                                  local.tee 9
                                                  i32.eqz
                                                  br_if 0 (;@23;)
                                                  local.get 9
                                                  i32.load offset=12
                                                  i32.const 8448
                                                  i32.ne
                                                  br_if 0 (;@23;)
                                                  local.get 6
                                                  local.get 9
                                                  i32.load offset=36
                                                  i32.ge_u
                                                  br_if 0 (;@23;)
                                                  local.get 9
                                                  i32.load offset=32
                                                  local.get 6
                                                  i32.const 16
                                                  i32.mul
                                                  i32.add
                                                  local.tee 9
                                                  i32.load offset=8
                                                  i32.const 32768
                                                  i32.ne
                                                  br_if 0 (;@23;)
                                                  local.get 9
                                                  i32.load offset=12
                                                  local.set 6
                                                  local.get 0
                                                  i32.load offset=8
                                                  local.set 4
                                                  local.get 9
                                                  local.get 4
                                                  i32.store offset=12
                                                  local.get 0
                                                  i32.const 0
                                                  i32.store offset=8
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
                                                  if ;; label = @24
                                                    local.get 6
                                                    local.get 6
                                                    i32.load
                                                    i32.const 1
                                                    i32.sub
                                                    local.tee 8
                                                    i32.store
                                                    local.get 8
                                                    i32.eqz
                                                    if ;; label = @25
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
                                                i32.const 0
                                                i32.load offset=32896
                                                if ;; label = @23
                                                  local.get 0
                                                  i32.const 12
                                                  i32.add
                                                  i32.const 32856
                                                  i32.const 32769
                                                  call 12
                                                  drop
                                                end
                                                local.get 0
                                                i32.const 12
                                                i32.add
                                                i32.const 24576
                                                i32.const 16
                                                call 2
                                                local.tee 6
                                                i32.eqz
                                                if ;; label = @23
                                                  i64.const 70866960386
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                                local.get 6
                                                i32.const 2
                                                i32.eq
                                                if ;; label = @23
                                                  i64.const 82141249536
                                                  local.set 5
                                                  br 21 (;@2;)
                                                end
                                              end
                                            end
                                            i32.const 8192
                                            i32.load8_u
                                            if ;; label = @21
                                              i64.const 82679169024
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            local.get 0
                                            i32.load
                                            local.tee 3
                                            i32.eqz
                                            if ;; label = @21
                                              i64.const 81604378624
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
                                          block ;; label = @20
                                            block ;; label = @21
                                              local.get 0
                                              i32.load offset=8
                                              local.tee 3
                                              i32.const 1
                                              i32.and
                                              br_if 0 (;@21;)
                                              local.get 3
                                              i32.load offset=12
                                              local.set 6
                                              local.get 6
                                              i32.const 9728
                                              i32.eq
                                              if ;; label = @22
                                                local.get 3
                                                i32.load offset=120
                                                local.tee 6
                                                i32.eqz
                                                br_if 1 (;@21;)
                                                local.get 6
                                                i32.const 0
                                                i32.load offset=32932
                                                i32.ne
                                                br_if 1 (;@21;)
                                                i32.const 0
                                                i32.load offset=32936
                                                local.set 6
                                                local.get 6
                                                local.set 4
                                              else
                                                local.get 6
                                                i32.load offset=120
                                                local.tee 6
                                                i32.eqz
                                                br_if 1 (;@21;)
                                                block ;; label = @23
                                                  i32.const 0
                                                  i32.load offset=32900
                                                  local.get 6
                                                  i32.eq
                                                  if ;; label = @24
                                                    i32.const 0
                                                    i32.load offset=32904
                                                    local.set 6
                                                    br 1 (;@23;)
                                                  end
                                                  i32.const 0
                                                  i32.load offset=32908
                                                  local.get 6
                                                  i32.eq
                                                  if ;; label = @24
                                                    i32.const 0
                                                    i32.load offset=32912
                                                    local.set 6
                                                    br 1 (;@23;)
                                                  end
                                                  i32.const 0
                                                  i32.load offset=32916
                                                  local.get 6
                                                  i32.eq
                                                  if ;; label = @24
                                                    i32.const 0
                                                    i32.load offset=32920
                                                    local.set 6
                                                    br 1 (;@23;)
                                                  end
                                                  i32.const 0
                                                  i32.load offset=32924
                                                  local.get 6
                                                  i32.eq
                                                  if ;; label = @24
                                                    i32.const 0
                                                    i32.load offset=32928
                                                    local.set 6
                                                    br 1 (;@23;)
                                                  end
                                                  br 2 (;@21;)
                                                end
                                                local.get 3
                                                i32.load16_u offset=6
                                                local.tee 9
                                                i32.eqz
                                                br_if 1 (;@21;)
                                                local.get 3
                                                local.get 9
                                                i32.const 2
                                                i32.shl
                                                i32.sub
                                                i32.load
                                                local.tee 9
                                                i32.eqz
                                                br_if 1 (;@21;)
                                                local.get 9
                                                i32.load offset=12
                                                i32.const 8448
                                                i32.ne
                                                br_if 1 (;@21;)
                                                local.get 6
                                                local.get 9
                                                i32.load offset=36
                                                i32.ge_u
                                                br_if 1 (;@21;)
                                                local.get 9
                                                i32.load offset=32
                                                local.get 6
                                                i32.const 16
                                                i32.mul
                                                i32.add
                                                local.tee 9
                                                i32.load offset=8
                                                i32.const 32800
                                                i32.ne
                                                br_if 1 (;@21;)
                                                local.get 9
                                                i32.load offset=12
                                                local.tee 4
                                                i32.eqz
                                                br_if 1 (;@21;)
                                              end
                                              local.get 4
                                              i32.const 1
                                              i32.and
                                              i32.eqz
                                              if ;; label = @22
                                                local.get 4
                                                local.get 4
                                                i32.load
                                                i32.const 1
                                                i32.add
                                                i32.store
                                              end
                                              local.get 0
                                              local.get 4
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
                                              br 1 (;@20;)
                                            end
                                            i32.const 0
                                            i32.load offset=32940
                                            if ;; label = @21
                                              local.get 0
                                              i32.const 8
                                              i32.add
                                              i32.const 32900
                                              i32.const 32800
                                              call 12
                                              drop
                                            end
                                            local.get 0
                                            i32.const 8
                                            i32.add
                                            i32.const 24576
                                            i32.const 20
                                            call 1
                                            local.tee 6
                                            i32.eqz
                                            if ;; label = @21
                                              i64.const 88046829569
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                            local.get 6
                                            i32.const 2
                                            i32.eq
                                            if ;; label = @21
                                              i64.const 99321118720
                                              local.set 5
                                              br 19 (;@2;)
                                            end
                                          end
                                        end
                                        i32.const 8192
                                        i32.load8_u
                                        if ;; label = @19
                                          i64.const 99859300353
                                          local.set 5
                                          br 17 (;@2;)
                                        end
                                        block ;; label = @19
                                          block ;; label = @20
                                            local.get 0
                                            i32.load offset=8
                                            local.tee 3
                                            i32.const 1
                                            i32.and
                                            br_if 0 (;@20;)
                                            local.get 3
                                            i32.load offset=12
                                            local.set 6
                                            local.get 6
                                            i32.const 9728
                                            i32.eq
                                            if ;; label = @21
                                              local.get 3
                                              i32.load offset=120
                                              local.tee 6
                                              i32.eqz
                                              br_if 1 (;@20;)
                                              local.get 6
                                              i32.const 0
                                              i32.load offset=32976
                                              i32.ne
                                              br_if 1 (;@20;)
                                              i32.const 0
                                              i32.load offset=32980
                                              local.set 6
                                              local.get 6
                                              i32.const 3
                                              i32.and
                                              local.tee 9
                                              if ;; label = @22
                                                local.get 6
                                                i32.const -4
                                                i32.and
                                                i32.load offset=16
                                                local.tee 4
                                                i32.eqz
                                                br_if 2 (;@20;)
                                                local.get 9
                                                i32.const 1
                                                i32.eq
                                                if ;; label = @23
                                                  local.get 4
                                                  i32.const 1
                                                  i32.and
                                                  br_if 3 (;@20;)
                                                  local.get 4
                                                  i32.load8_u offset=4
                                                  i32.const 12
                                                  i32.ne
                                                  br_if 3 (;@20;)
                                                end
                                              else
                                                local.get 6
                                                local.set 4
                                              end
                                              local.get 4
                                              i32.const 1
                                              i32.and
                                              i32.eqz
                                              if ;; label = @22
                                                local.get 4
                                                local.get 4
                                                i32.load
                                                i32.const 1
                                                i32.add
                                                i32.store
                                              end
                                              local.get 9
                                              i32.const 1
                                              i32.eq
                                              if ;; label = @22
                                                local.get 0
                                                local.get 3
                                                i32.store offset=12
                                                local.get 0
                                                local.get 4
                                                i32.store offset=8
                                              else
                                                local.get 0
                                                local.get 4
                                                i32.store offset=12
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
                                            else
                                              local.get 6
                                              i32.load offset=120
                                              local.tee 6
                                              i32.eqz
                                              br_if 1 (;@20;)
                                              block ;; label = @22
                                                i32.const 0
                                                i32.load offset=32944
                                                local.get 6
                                                i32.eq
                                                if ;; label = @23
                                                  i32.const 0
                                                  i32.load offset=32948
                                                  local.set 6
                                                  br 1 (;@22;)
                                                end
                                                i32.const 0
                                                i32.load offset=32952
                                                local.get 6
                                                i32.eq
                                                if ;; label = @23
                                                  i32.const 0
                                                  i32.load offset=32956
                                                  local.set 6
                                                  br 1 (;@22;)
                                                end
                                                i32.const 0
                                                i32.load offset=32960
                                                local.get 6
                                                i32.eq
                                                if ;; label = @23
                                                  i32.const 0
                                                  i32.load offset=32964
                                                  local.set 6
                                                  br 1 (;@22;)
                                                end
                                                i32.const 0
                                                i32.load offset=32968
                                                local.get 6
                                                i32.eq
                                                if ;; label = @23
                                                  i32.const 0
                                                  i32.load offset=32972
                                                  local.set 6
                                                  br 1 (;@22;)
                                                end
                                                br 2 (;@20;)
                                              end
                                              local.get 6
                                              i32.const 1
                                              i32.and
                                              if ;; label = @22
                                                local.get 3
                                                i32.load16_u offset=6
                                                local.tee 9
                                                i32.eqz
                                                br_if 2 (;@20;)
                                                local.get 3
                                                local.get 9
                                                i32.const 2
                                                i32.shl
                                                i32.sub
                                                i32.load
                                                local.tee 9
                                                if ;; label = @23
                                                  local.get 9
                                                  i64.load offset=40 align=4
                                                  i64.const 2097152
                                                  i64.and
                                                  i64.const 0
                                                  i64.ne
                                                  br_if 3 (;@20;)
                                                end
                                              end
                                              local.get 6
                                              i32.const -2
                                              i32.and
                                              local.set 4
                                              local.get 4
                                              i32.const 1
                                              i32.and
                                              i32.eqz
                                              if ;; label = @22
                                                local.get 4
                                                local.get 4
                                                i32.load
                                                i32.const 1
                                                i32.add
                                                i32.store
                                              end
                                              local.get 0
                                              local.get 3
                                              i32.store offset=12
                                              local.get 0
                                              local.get 4
                                              i32.store offset=8
                                            end
                                            br 1 (;@19;)
                                          end
                                          i32.const 0
                                          i32.load offset=32984
                                          if ;; label = @20
                                            local.get 0
                                            i32.const 8
                                            i32.add
                                            i32.const 32944
                                            i32.const 32818
                                            call 12
                                            drop
                                          end
                                          local.get 0
                                          i32.const 8
                                          i32.add
                                          i32.const 24576
                                          i32.const 23
                                          call 3
                                          local.tee 6
                                          i32.eqz
                                          if ;; label = @20
                                            i64.const 100931731457
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                          local.get 6
                                          i32.const 2
                                          i32.eq
                                          if ;; label = @20
                                            i64.const 112206020608
                                            local.set 5
                                            br 18 (;@2;)
                                          end
                                        end
                                      end
                                      i32.const 8192
                                      i32.load8_u
                                      if ;; label = @18
                                        i64.const 112744398850
                                        local.set 5
                                        br 16 (;@2;)
                                      end
                                      local.get 0
                                      i32.load offset=4
                                      local.tee 3
                                      i32.eqz
                                      if ;; label = @18
                                        i64.const 111669149698
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
                                    i32.const 8
                                    i32.add
                                    i32.const 24576
                                    i32.const 27
                                    call 7
                                    local.tee 6
                                    i32.eqz
                                    if ;; label = @17
                                      i64.const 118111600643
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                    local.get 6
                                    i32.const 2
                                    i32.eq
                                    if ;; label = @17
                                      i64.const 133680857088
                                      local.set 5
                                      br 15 (;@2;)
                                    end
                                  end
                                  i32.const 8192
                                  i32.load8_u
                                  if ;; label = @16
                                    i64.const 134219497473
                                    local.set 5
                                    br 14 (;@2;)
                                  end
                                  local.get 0
                                  i32.load offset=8
                                  local.set 3
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
                                  i64.const 138514726912
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 0
                                i32.load offset=4
                                local.tee 3
                                i32.eqz
                                if ;; label = @15
                                  i64.const 137438953472
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
                                  f64.sub
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
                                i32.const 8
                                i32.add
                                i32.const 24576
                                i32.const 34
                                call 10
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 148176371714
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 6
                                i32.const 2
                                i32.eq
                                if ;; label = @15
                                  i64.const 155155693568
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
                              i64.sub
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
                                i32.const 8
                                i32.add
                                i32.const 24576
                                i32.const 34
                                call 10
                                local.tee 6
                                i32.eqz
                                if ;; label = @15
                                  i64.const 148176371714
                                  local.set 5
                                  br 13 (;@2;)
                                end
                                local.get 6
                                i32.const 2
                                i32.eq
                                if ;; label = @15
                                  i64.const 155155693568
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
                                i32.store offset=8
                                local.get 0
                                i32.const 0
                                i32.store offset=12
                              end
                            end
                          end
                          i32.const 8192
                          i32.load8_u
                          if ;; label = @12
                            i64.const 155694792705
                            local.set 5
                            br 10 (;@2;)
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
                          i64.const 159989891072
                          local.set 5
                          br 9 (;@2;)
                        end
                        local.get 0
                        i32.load offset=4
                        local.tee 3
                        i32.eqz
                        if ;; label = @11
                          i64.const 158913789952
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
                    if ;; label = @9
                      local.get 3
                      local.get 4
                      i32.gt_s
                      local.set 6
                    else
                      local.get 0
                      i32.const 8
                      i32.add
                      i32.const 24576
                      i32.const 39
                      call 8
                      local.tee 6
                      i32.eqz
                      if ;; label = @10
                        i64.const 167503724546
                        local.set 5
                        br 8 (;@2;)
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
                    if ;; label = @9
                      i32.const 8192
                      i32.load8_u
                      if ;; label = @10
                        i64.const 185759891456
                        local.set 5
                        br 8 (;@2;)
                      end
                      br 3 (;@6;)
                    end
                    i32.const 8192
                    i32.load8_u
                    if ;; label = @9
                      i64.const 181464924160
                      local.set 5
                      br 7 (;@2;)
                    end
                    br 1 (;@7;)
                  end
                  i32.const 8192
                  i32.load8_u
                  if ;; label = @8
                    i64.const 177169956865
                    local.set 5
                    br 6 (;@2;)
                  end
                  local.get 0
                  i32.load offset=8
                  local.tee 3
                  i32.const 4096
                  i32.eq
                  if ;; label = @8
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
                    if ;; label = @9
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
                      if ;; label = @10
                        i64.const 185760022528
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
                        i64.const 176093659137
                        local.set 5
                        br 8 (;@2;)
                      end
                      local.get 0
                      i32.const 0
                      i32.store offset=8
                      local.get 3
                      i32.const 1
                      i32.ne
                      i32.eqz
                      if ;; label = @10
                        i32.const 8192
                        i32.load8_u
                        if ;; label = @11
                          i64.const 185760022528
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
                  i64.const 181465055232
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 180388626432
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 8192
                i32.load8_u
                if ;; label = @7
                  i64.const 22551330816
                  local.set 5
                  br 5 (;@2;)
                end
                i32.const 5
                local.set 1
                br 5 (;@1;)
              end
              i32.const 8192
              i32.load8_u
              if ;; label = @6
                i64.const 185760088064
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
              i32.store offset=8
            end
            i64.const 188978561025
            local.set 5
            br 2 (;@2;)
          end
          i32.const 8192
          i32.load8_u
          if ;; label = @4
            i64.const 194350153728
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
          i32.store offset=8
        end
        i64.const 197568495617
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

