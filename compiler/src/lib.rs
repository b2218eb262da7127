//! The source → bytecode compiler: parse with the ruff parser, build CPython-style symbol
//! tables, and generate pygmy bytecode ([`pygmy_bytecode::CodeObject`]).
