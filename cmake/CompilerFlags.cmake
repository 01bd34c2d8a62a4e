# Warnings, hardening and sanitizers, applied to every PrintVault target through pv_apply_flags().
add_library(printvault_flags INTERFACE)
target_compile_options(printvault_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
    -D_FORTIFY_SOURCE=2 -fstack-protector-strong)
target_compile_definitions(printvault_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS)
target_link_options(printvault_flags INTERFACE -Wl,-z,relro,-z,now)
# Qt's logging macros take `qCWarning(category)` with no message arguments, which clang's
# -Wpedantic flags in C++17 (GCC does not); the code is right, the warning is about the macro.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    target_compile_options(printvault_flags INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()

if(PRINTVAULT_WERROR)
    target_compile_options(printvault_flags INTERFACE -Werror)
endif()

if(PRINTVAULT_SANITIZE)
    target_compile_options(printvault_flags INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(printvault_flags INTERFACE -fsanitize=address,undefined)
    # _FORTIFY_SOURCE and ASan do not mix well; ASan does the checking.
    target_compile_options(printvault_flags INTERFACE -U_FORTIFY_SOURCE)
endif()

if(PRINTVAULT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PRINTVAULT_FUZZ needs clang (CXX=clang++)")
    endif()
    # Coverage for libFuzzer in every library; the fuzz targets link the fuzzer's main.
    target_compile_options(printvault_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -U_FORTIFY_SOURCE)
    target_link_options(printvault_flags INTERFACE -fsanitize=address,undefined)
endif()
