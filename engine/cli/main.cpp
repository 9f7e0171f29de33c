#include <cstdio>
int main() { std::puts("parley: the command line is being built"); return 1; }
