/**
 * Commands that only read or print (and formatters and linters that at most rewrite source in place). Data, imported
 * by the shell model's dispatch and by the start-up file reading (stored-commands.ts) without a cycle.
 */
export const READS: ReadonlySet<string> = new Set([
  'ls', 'll', 'la', 'dir', 'cat', 'bat', 'head', 'tail', 'less', 'more', 'grep', 'egrep', 'fgrep', 'rg', 'ag', 'ack', 'wc', 'sort', 'uniq', 'cut', 'jq', 'yq', 'echo',
  'printf', 'pwd', 'whoami', 'id', 'date', 'printenv', 'which', 'type', 'file', 'stat', 'du', 'df', 'tree', 'diff', 'cmp', 'md5sum', 'sha1sum', 'sha256sum',
  'shasum', 'uname', 'hostname', 'ps', 'top', 'htop', 'free', 'uptime', 'true', 'false', ':', 'test', '[', '[[', 'basename', 'dirname', 'realpath', 'readlink',
  'sleep', 'seq', 'yes', 'tr', 'xxd', 'od', 'hexdump', 'base64', 'base32', 'column', 'nl', 'paste', 'join', 'comm', 'fold', 'rev', 'strings', 'lsof', 'netstat',
  'ss', 'w', 'who', 'last', 'whereis', 'locate', 'plocate', 'mlocate', 'tldr', 'groups', 'locale', 'tput', 'clear', 'history', 'man', 'help', 'info', 'whatis', 'apropos', 'cal', 'bc', 'expr', 'getent', 'lsblk',
  'blkid', 'mount', 'findmnt', 'vmstat', 'iostat', 'dmesg', 'journalctl', 'env', 'set', 'shopt', 'export', 'declare', 'local', 'readonly', 'typeset', 'read',
  'wait', 'jobs', 'fg', 'bg', 'disown', 'trap', 'return', 'exit', 'shift', 'break', 'continue', 'getopts', 'hash', 'ulimit', 'umask', 'tac', 'zcat', 'zgrep',
  'gunzip', 'awk', 'gawk', 'mawk', 'sed', 'diff3', 'colordiff', 'delta', 'glow', 'fzf', 'watchman', 'htop', 'btop', 'nproc', 'arch', 'lscpu', 'lsusb', 'lspci',
  'ping', 'dig', 'nslookup', 'host', 'traceroute', 'mtr', 'whois', 'ssh-add', 'tsc', 'eslint', 'prettier', 'black', 'ruff',
  'flake8', 'mypy', 'pylint', 'pytest', 'jest', 'vitest', 'mocha', 'shellcheck', 'hadolint', 'tflint', 'tfsec', 'checkov', 'trivy', 'semgrep', 'code', 'vim',
  'vi', 'nano', 'emacs', 'open', 'xdg-open', 'pbcopy', 'pbpaste', 'say', 'notify-send', 'sha512sum', 'cksum', 'iconv', 'envsubst', 'numfmt', 'units', 'factor',
  'kubectx', 'kubens', 'k9s', 'stern', 'kubeval', 'kubeconform', 'conftest', 'opa', 'cedar', 'go-task', 'direnv', 'asdf', 'nvm', 'pyenv', 'rbenv', 'sdk', 'mise',
  // Formatters and linters: they read source, and at most rewrite it in place (`gofmt -w`, `rubocop -a`), like prettier and black above.
  'gofmt', 'goimports', 'golangci-lint', 'staticcheck', 'revive', 'rustfmt', 'clang-format', 'clang-tidy', 'rubocop', 'standardrb', 'biome', 'dprint',
  'stylelint', 'markdownlint', 'markdownlint-cli2', 'yamllint', 'isort', 'autopep8', 'yapf', 'pyright', 'shfmt', 'swiftformat', 'swiftlint', 'ktlint', 'phpcs',
  'phpcbf', 'phpstan', 'psalm', 'php-cs-fixer', 'erb_lint', 'actionlint', 'buf', 'sqlfluff', 'codespell', 'typos', 'cspell', 'oxlint', 'deno-lint', 'tslint',
  'nodenv', 'goenv', 'jenv', 'fnm', 'volta',
  // Process lookups print pids (procps pgrep(1), pidof(8)); a daemon's pids piped to `xargs kill` are judged there (walk).
  'pgrep', 'pidof',
  // Interface-definition compilers write the code they generate where their output options say, as `buf generate` does.
  'protoc', 'flatc', 'thrift',
  // zsh's and ksh's `print` builtin writes its arguments (`print -l *.txt`), as echo does.
  'print',
  // util-linux namei(1) follows a path name and prints each part's type, mode and owner (round 29, s29).
  'namei',
  // Round 41 (ol41, cheat.sh's tuned third): linters and a formatter that rewrites source in place (autoflake, as
  // autopep8); `hd` (util-linux: `hexdump -C`); filters that read JSON or YAML and print (jshon, shyaml); apt-history,
  // which prints apt's log.
  'autoflake', 'pydocstyle', 'jslint', 'hd', 'jshon', 'shyaml', 'apt-history',
  // acl(5)'s getfacl(1) prints a file's access control lists (`-R` walks a tree); it has no option that writes (round 41, bl41sys).
  'getfacl',
  // cloc(1): round 44 (atk44) moved it to workstation-catalogue.ts, which reads the files its options write.
]);
