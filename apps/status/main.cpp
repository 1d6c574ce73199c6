#include "tools.hpp"

int main(int argc, char** argv) {
  return procure::cli::run_tool(procure::cli::status_tool, argc, argv);
}
