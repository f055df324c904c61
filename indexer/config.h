// The configuration file both binaries read with --config FILE: the command
// line's long option names as "NAME = VALUE" lines (Boost.Program_options'
// INI syntax), shared keys at the top and each binary's own keys under a
// section named after it:
//
//   db = /var/lib/referat/index
//   [searcher]
//   listen = 127.0.0.1:8080
//   [indexer]
//   watch = /srv/referat/minutes
//   jobs = 2
#pragma once

#include <stdexcept>
#include <string>

#include <boost/program_options.hpp>

namespace indexer {

// A configuration file that cannot be read or is not valid: the message is
// one line, "FILE:LINE: reason" (or "FILE: reason" when no line is to blame).
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Stores the options that `file` gives to `program` ("indexer" or
// "searcher") into `vm`: the lines above the first section and those of the
// section [program]; the other binary's section is skipped. Call it after
// storing the command line and before notify(): an option already in `vm`
// from the command line keeps its value (the command line wins), a default
// value is replaced. Blank lines and lines starting with '#' or ';' are
// ignored. Throws ConfigError naming the file and the line for an unreadable
// file, a line that is not NAME = VALUE, an unknown section, a key that is
// not one of `options`' long names, a value the option refuses, or a
// single-valued option given twice.
void store_config_file(const std::string& file, const std::string& program,
                       const boost::program_options::options_description& options,
                       boost::program_options::variables_map& vm);

}  // namespace indexer
