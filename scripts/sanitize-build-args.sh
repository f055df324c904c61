# Sourced by scripts/sanitize-test.sh and scripts/fuzz.sh: the one
# configuration of build-asan/ (clang, ASan + UBSan, the libFuzzer hooks in
# every library, no benchmark tools). Both use it, so the second script
# compiles nothing the first has built.
sanitize_build_dir=build-asan
sanitize_build_args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++
                     -DREFERAT_SANITIZE=ON -DREFERAT_FUZZ=ON -DREFERAT_BENCH=OFF)
