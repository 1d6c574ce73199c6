#include "standard_output.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <streambuf>

namespace procure::cli {
namespace {

class CheckedOutputBuffer : public std::streambuf {
 public:
  CheckedOutputBuffer() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

  int error() const { return error_; }

  // Writes the buffer out; false once a write has failed.
  bool drain() {
    const char* from = pbase();
    while (error_ == 0 && from < pptr()) {
      const ssize_t n = ::write(STDOUT_FILENO, from, static_cast<std::size_t>(pptr() - from));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        error_ = errno;
      else
        from += n;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());  // what failed is dropped
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain())
      return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

  int sync() override { return drain() ? 0 : -1; }

 private:
  std::array<char, 1 << 16> buffer_{};
  int error_ = 0;
};

CheckedOutputBuffer& buffer() {
  static CheckedOutputBuffer instance;
  return instance;
}

}  // namespace

std::ostream& standard_output() {
  static std::ostream stream(&buffer());
  return stream;
}

int flush_standard_output() {
  standard_output().flush();
  return buffer().error();
}

}  // namespace procure::cli
