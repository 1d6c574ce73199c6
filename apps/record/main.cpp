#include "tools.hpp"

int main(int argc, char** argv) {
  return procure::cli::run_tool(procure::cli::record_tool, argc, argv);
}
