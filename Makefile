# The README's two commands. Each installs what is missing, configures and builds (Release),
# and is safe to run again: the second run only rebuilds what changed.
BUILD    ?= build
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
DEMO     ?= timelines/vienna-talks-round4.txt
CMAKE_FLAGS ?=

.PHONY: all demo test deps configure build clean

all: build

deps:
	@bash cmake/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/parley timeline $(DEMO)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD)
