# Helpers shared by the embed_*.cmake scripts, which turn data files into C++ sources.

# Sets out_bytes to the file's bytes as a C array body ("0x41,0x42,") and out_size to their count.
function(qbank_file_bytes path out_bytes out_size)
  file(READ ${path} hex HEX)
  string(LENGTH "${hex}" hex_len)
  math(EXPR size "${hex_len} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  set(${out_bytes} "${bytes}" PARENT_SCOPE)
  set(${out_size} ${size} PARENT_SCOPE)
endfunction()

# Writes text to path only when it differs from what the file holds, so unchanged sources are not rebuilt.
function(qbank_write_if_different path text)
  file(WRITE ${path}.tmp "${text}")
  file(COPY_FILE ${path}.tmp ${path} ONLY_IF_DIFFERENT)
  file(REMOVE ${path}.tmp)
endfunction()
