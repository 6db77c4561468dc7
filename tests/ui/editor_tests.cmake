mcstudio_add_test(tst_editor ui/tst_editor.cpp LIBRARIES mcstudio_ui mcstudio_test_support)
target_compile_definitions(tst_editor PRIVATE MCSTUDIO_FIXTURES_DIR="${CMAKE_CURRENT_SOURCE_DIR}/fixtures")
