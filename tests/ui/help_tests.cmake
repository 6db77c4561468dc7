mcstudio_add_test(tst_help ui/tst_help.cpp LIBRARIES mcstudio_ui mcstudio_test_support)
