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
# Errors in the presets and CI (CMakePresets.json); a packager's or a user's own
# build type with another compiler only warns.
option(PROCURE_WERROR "Treat warnings as errors" OFF)
if(PROCURE_WERROR)
  target_compile_options(procure_options INTERFACE -Werror)
endif()

# In an optimised build each tool keeps only the functions it uses of the
# libraries it shares with the others: the package's tools are about half
# the size.
target_compile_options(procure_options INTERFACE
  $<$<CONFIG:Release,MinSizeRel>:-ffunction-sections -fdata-sections>)
target_link_options(procure_options INTERFACE $<$<CONFIG:Release,MinSizeRel>:LINKER:--gc-sections>)

if(PROCURE_SANITIZE)
  set(_procure_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(procure_options INTERFACE ${_procure_san})
  target_link_options(procure_options INTERFACE ${_procure_san})
  # Not position-independent: a sanitized program's data (ASan's record of
  # every global, 60 MB) holds 2 million addresses that a PIE relocates at
  # every start, 15 000 pages touched; a fixed address needs none. A tool's
  # start fell from 105 to 62 ms, and the tests start the tools hundreds
  # of times (docs/performance.md, "Build and test").
  target_compile_options(procure_options INTERFACE -fno-pie)
  target_link_options(procure_options INTERFACE -no-pie)
  target_compile_definitions(procure_options INTERFACE PROCURE_SANITIZED=1)
endif()

# The fuzz build instruments every target for coverage, so libFuzzer is guided
# through the library, not just the fuzz target's own file.
if(PROCURE_FUZZ)
  target_compile_options(procure_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The library builds as one unity file a folder (a layer: core, model,
# evaluation, ...): its 170 files, each a few seconds of parsing the same
# headers, took three quarters of a clean build's compile time three times
# over (default, asan, package). Files of one layer share its namespace and
# its helpers' names, so a name in a file's anonymous namespace must not
# repeat within its folder (a clash is a compile error). The message tables
# are left out, as for the tools.
function(procure_unity_build_by_folder target)
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
  foreach(source IN LISTS ARGN)
    if(source MATCHES "_messages\\.cpp$")
      continue()
    endif()
    get_filename_component(folder ${source} DIRECTORY)
    get_filename_component(layer ${folder} NAME)
    set_source_files_properties(${source} TARGET_DIRECTORY ${target} PROPERTIES UNITY_GROUP ${layer})
  endforeach()
endfunction()

# The tools build as unity batches: nearly every file of theirs includes the
# same large headers (CLI11, nlohmann json, fmt), and compiling those once per
# batch instead of once per file cuts the tools' share of a clean build by
# three quarters, which keeps CI (two builds on two cores) well under its
# limit. So names in a tool file's anonymous namespace must not repeat within
# procure_apps (a clash is a compile error). The message tables are left out:
# each defines its own `table`, and they are cheap.
function(procure_unity_build target)
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
  foreach(source IN LISTS ARGN)
    if(source MATCHES "_messages\\.cpp$")
      set_source_files_properties(${source} TARGET_DIRECTORY ${target}
                                  PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    endif()
  endforeach()
endfunction()
