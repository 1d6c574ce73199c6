#include "tools.hpp"

int main(int argc, char** argv) {
  return procure::cli::run_tool(procure::cli::notice_tool, argc, argv);
}
