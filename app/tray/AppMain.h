#pragma once

namespace pv::app {

// The whole of `printvault`: arguments, the tray, the window, or --screenshot. main() calls it.
int runTrayApp(int argc, char **argv);

} // namespace pv::app
