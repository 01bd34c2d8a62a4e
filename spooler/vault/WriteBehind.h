#pragma once

#include "common/Result.h"
#include "common/SecureFiles.h"

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace pv {

// Writes a file's bytes on a thread of its own, so that producing the next block (encrypting
// it) and copying the last one into the page cache run on two cores at once. It only ever
// holds ciphertext: at most `depth` blocks of `blockSize` bytes.
// Threads: room(), filled() and finish() belong to one producing thread; the writing thread
// is private. Destroying it waits for the blocks already queued.
class WriteBehind
{
public:
    struct Options
    {
        int fd = -1;                  // written from its current offset; not closed here
        qint64 blockSize = 1 << 20;   // at least the largest room() asked for
        int depth = 3;                // blocks in all: one being filled, the rest queued
        qint64 writebackInterval = 0; // bytes between sync_file_range() calls; 0: none
    };
    explicit WriteBehind(Options options);
    ~WriteBehind();
    WriteBehind(const WriteBehind &) = delete;
    WriteBehind &operator=(const WriteBehind &) = delete;

    // `length` contiguous bytes to fill, at the end of the current block; a block without
    // that much room is queued first, which waits while `depth` blocks are in use.
    // Null once a write has failed: finish() then says why.
    [[nodiscard]] char *room(qint64 length);
    // The caller wrote `length` bytes at the pointer room() gave.
    void filled(qint64 length);
    // Queues the last block and waits until every byte is written: the first failure, if any.
    [[nodiscard]] Status finish();

private:
    // Mapped, not from the heap, so that none of it stays in the daemon once the document is
    // written: the heap keeps freed blocks of this size (glibc raises its mmap threshold).
    struct Block
    {
        char *bytes = nullptr;
        qint64 used = 0;
    };
    void queueCurrent();
    void run();
    int writeBlock(const Block &block); // 0 or errno

    Options m_options;
    // Under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block> m_queue;
    std::vector<Block> m_free;
    bool m_closing = false;
    int m_depth = 0; // blocks mapped
    int m_errno = 0;
    // The producing thread's.
    Block m_current;
    bool m_haveCurrent = false;
    // The writing thread's.
    qint64 m_written = 0; // the file's size
    files::WritebackPacer m_writeback;
    std::thread m_thread;
};

} // namespace pv
