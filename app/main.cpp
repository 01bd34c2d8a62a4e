// printvault: the tray application. Everything lives in the app libraries; see tray/AppMain.cpp.
#include "tray/AppMain.h"

int main(int argc, char *argv[])
{
    return pv::app::runTrayApp(argc, argv);
}
