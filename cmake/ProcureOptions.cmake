# procure_options: the warning and sanitizer flags every target of ours links.
# Kept on one INTERFACE target so that no folder can drift from the others.
add_library(procure_options INTERFACE)
target_compile_options(procure_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(procure_options INTERFACE -Wduplicated-cond -Wlogical-op)
endif()
option(PROCURE_WERROR "Treat warnings as errors" ON)
if(PROCURE_WERROR)
  target_compile_options(procure_options INTERFACE -Werror)
endif()

if(PROCURE_SANITIZE)
  set(_procure_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(procure_options INTERFACE ${_procure_san})
  target_link_options(procure_options INTERFACE ${_procure_san})
  target_compile_definitions(procure_options INTERFACE PROCURE_SANITIZED=1)
endif()

# The fuzz build instruments every target for coverage, so libFuzzer is guided
# through the library, not just the fuzz target's own file.
if(PROCURE_FUZZ)
  target_compile_options(procure_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
