//! The code generator's intermediate form: basic blocks of instructions with symbolic jump
//! targets and exception-handling pseudo-instructions, as in CPython 3.11's `compile.c`.
//!
//! Codegen appends to the current block; every jump or scope exit ends its block, so jumps
//! only ever sit at the end of a block. The assembler (`assemble.rs`) turns the blocks into
//! the final instruction words, exception table and line table.

use pygmy_bytecode::Opcode;

/// A basic block, also used as a jump target.
pub(crate) type Label = usize;

/// An instruction in the intermediate form: a real opcode or a pseudo-instruction that the
/// assembler resolves.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Op {
    Real(Opcode),
    /// Push an exception handler (target). On an exception the stack is cut to the depth at
    /// this point and the exception pushed.
    SetupFinally,
    /// As `SetupFinally`, but the handler also receives `lasti` below the exception.
    SetupCleanup,
    /// As `SetupCleanup`, emitted right after `BEFORE_WITH` (the handler depth excludes the
    /// `__enter__` result).
    SetupWith,
    /// Pop the innermost exception handler.
    PopBlock,
    /// Unconditional jump; becomes `JUMP_FORWARD` or `JUMP_BACKWARD`.
    Jump,
    /// Unconditional jump without an eval-breaker check; `JUMP_FORWARD` or
    /// `JUMP_BACKWARD_NO_INTERRUPT`.
    JumpNoInterrupt,
}

impl Op {
    pub(crate) fn is_jump(self) -> bool {
        match self {
            Op::Real(op) => op.is_jump(),
            Op::Jump | Op::JumpNoInterrupt => true,
            _ => false,
        }
    }

    pub(crate) fn is_block_push(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }

    pub(crate) fn is_unconditional_jump(self) -> bool {
        match self {
            Op::Jump | Op::JumpNoInterrupt => true,
            Op::Real(op) => op.is_unconditional_jump(),
            _ => false,
        }
    }

    /// Control never continues to the next instruction.
    pub(crate) fn is_terminator(self) -> bool {
        match self {
            Op::Jump | Op::JumpNoInterrupt => true,
            Op::Real(op) => op.ends_block(),
            _ => false,
        }
    }

    /// Leaves the code object (return or raise).
    pub(crate) fn is_scope_exit(self) -> bool {
        matches!(
            self,
            Op::Real(Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE)
        )
    }

    pub(crate) fn is_nop(self) -> bool {
        matches!(self, Op::Real(Opcode::NOP))
    }

    /// Net stack effect (`jump` selects the branch taken for jumps and handler entries).
    pub(crate) fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        match self {
            Op::Real(op) => op.stack_effect(arg, jump),
            Op::SetupFinally => {
                if jump {
                    1
                } else {
                    0
                }
            }
            Op::SetupCleanup => {
                if jump {
                    2
                } else {
                    0
                }
            }
            Op::SetupWith => {
                if jump {
                    1
                } else {
                    0
                }
            }
            Op::PopBlock | Op::Jump | Op::JumpNoInterrupt => 0,
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Instr {
    pub op: Op,
    pub arg: u32,
    pub target: Option<Label>,
    /// Source line, or -1 when the instruction has none of its own (filled in later).
    pub line: i32,
}

impl Instr {
    pub(crate) fn is(&self, op: Opcode) -> bool {
        self.op == Op::Real(op)
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub instrs: Vec<Instr>,
    /// The block laid out after this one (fall-through successor).
    pub next: Option<Label>,
}

impl Block {
    /// Control may continue into `next`.
    pub(crate) fn falls_through(&self) -> bool {
        match self.instrs.last() {
            Some(i) => !i.op.is_terminator(),
            None => true,
        }
    }

    pub(crate) fn is_exit(&self) -> bool {
        self.instrs.last().is_some_and(|i| i.op.is_scope_exit())
    }
}

/// The blocks of one code object under construction.
#[derive(Debug)]
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: Label,
    pub current: Label,
}

impl Cfg {
    pub(crate) fn new() -> Cfg {
        Cfg { blocks: vec![Block::default()], entry: 0, current: 0 }
    }

    pub(crate) fn new_block(&mut self) -> Label {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// Lays out `block` after the current block and makes it current.
    pub(crate) fn use_next_block(&mut self, block: Label) {
        debug_assert!(block != self.current);
        self.blocks[self.current].next = Some(block);
        self.current = block;
    }

    pub(crate) fn emit(&mut self, instr: Instr) {
        let ends = instr.op.is_jump() || instr.op.is_terminator();
        self.blocks[self.current].instrs.push(instr);
        if ends {
            // Keep jumps at block ends; what follows a terminator is unreachable unless
            // some later jump targets a new block.
            let b = self.new_block();
            self.use_next_block(b);
        }
    }

    /// The last instruction emitted in the current block, if any.
    pub(crate) fn current_block_is_empty(&self) -> bool {
        self.blocks[self.current].instrs.is_empty()
    }
}
