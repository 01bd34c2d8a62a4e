// printvault: the CUPS backend of the "PrintVault" queue (installed mode 0700, run as root).
#include "backend/Backend.h"

int main(int argc, char *argv[])
{
    return pv::backend::run(argc, argv);
}
