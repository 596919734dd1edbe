#pragma once

#include <atomic>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <memory>
#include <type_traits>
#include <vector>

namespace cc::sim {

// A read-only array of results held as shared blocks (a township's months, a
// facility's months): copying it copies the block pointers, so a snapshot
// handed to the GUI shares every block an update did not change. The engine
// publishes its working arrays into it with publish(), which replaces only the
// blocks whose bytes differ; a block some snapshot still holds is never
// written again (a new one takes its place), so readers on other threads need
// no lock.
template <class T> class SharedSeries {
    static_assert(std::is_trivially_copyable_v<T>, "blocks are compared and copied bytewise");

public:
    using value_type = T;
    using Block = std::vector<T>;

    SharedSeries() = default;
    // One block holding `values` (hand-built results, tests).
    SharedSeries(std::vector<T> values) // NOLINT: a vector stands for its values
        : m_size(values.size()), m_blockSize(values.size())
    {
        if (m_size > 0)
            m_blocks.push_back(std::make_shared<Block>(std::move(values)));
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const
    {
        return (*m_blocks[i / m_blockSize])[i % m_blockSize];
    }
    const T &front() const { return (*this)[0]; }
    const T &back() const { return (*this)[m_size - 1]; }
    // The values as one vector (a copy).
    std::vector<T> toVector() const
    {
        std::vector<T> out;
        out.reserve(m_size);
        for (const auto &b : m_blocks)
            out.insert(out.end(), b->begin(), b->end());
        return out;
    }

    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T *;
        using reference = const T &;
        const_iterator() = default;
        const_iterator(const SharedSeries *s, std::size_t i) : m_s(s), m_i(i) {}
        reference operator*() const { return (*m_s)[m_i]; }
        pointer operator->() const { return &(*m_s)[m_i]; }
        reference operator[](difference_type n) const { return (*m_s)[m_i + n]; }
        const_iterator &operator++() { return ++m_i, *this; }
        const_iterator operator++(int) { return {m_s, m_i++}; }
        const_iterator &operator--() { return --m_i, *this; }
        const_iterator operator--(int) { return {m_s, m_i--}; }
        const_iterator &operator+=(difference_type n) { return m_i += n, *this; }
        const_iterator &operator-=(difference_type n) { return m_i -= n, *this; }
        const_iterator operator+(difference_type n) const { return {m_s, m_i + n}; }
        const_iterator operator-(difference_type n) const { return {m_s, m_i - n}; }
        difference_type operator-(const const_iterator &o) const
        {
            return static_cast<difference_type>(m_i) - static_cast<difference_type>(o.m_i);
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }
        bool operator<(const const_iterator &o) const { return m_i < o.m_i; }

    private:
        const SharedSeries *m_s = nullptr;
        std::size_t m_i = 0;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

    // Makes this series hold `values` in blocks of `blockSize` elements (the
    // last one may be shorter): a block whose bytes equal the values keeps its
    // pointer (shared with earlier snapshots); a changed block is written in
    // place when nothing else holds it, else replaced by a new one. With
    // `check`, only the blocks it marks can have changed (the others are not
    // compared). Returns the number of blocks written.
    std::size_t publish(const std::vector<T> &values, std::size_t blockSize,
                        const std::vector<char> *check = nullptr)
    {
        if (blockSize == 0)
            blockSize = 1;
        const std::size_t count = (values.size() + blockSize - 1) / blockSize;
        if (blockSize != m_blockSize) {
            m_blocks.clear();
            m_blockSize = blockSize;
        }
        m_size = values.size();
        m_blocks.resize(count);
        std::size_t written = 0;
        for (std::size_t b = 0; b < count; ++b) {
            const T *from = values.data() + b * blockSize;
            const std::size_t n = std::min(blockSize, values.size() - b * blockSize);
            std::shared_ptr<const Block> &block = m_blocks[b];
            if (block && block->size() == n && check && b < check->size() && !(*check)[b])
                continue;
            if (block && block->size() == n && std::memcmp(block->data(), from, n * sizeof(T)) == 0)
                continue;
            ++written;
            if (block && block->size() == n && block.use_count() == 1) {
                // Only this series holds it: every snapshot that held it has
                // released it (the acquire pairs with their release). Blocks
                // are made non-const, so writing through the cast is defined.
                std::atomic_thread_fence(std::memory_order_acquire);
                std::memcpy(const_cast<T *>(block->data()), from, n * sizeof(T));
            } else {
                block = std::make_shared<Block>(from, from + n); // not const: see above
            }
        }
        return written;
    }

    // Bytes of this series in blocks `other` does not hold too (what a
    // snapshot adds to the memory of another).
    std::size_t bytesNotSharedWith(const SharedSeries &other) const
    {
        std::size_t n = 0;
        for (std::size_t b = 0; b < m_blocks.size(); ++b)
            if (b >= other.m_blocks.size() || m_blocks[b] != other.m_blocks[b])
                n += m_blocks[b]->size() * sizeof(T);
        return n;
    }
    std::size_t blockCount() const { return m_blocks.size(); }
    std::size_t bytes() const { return m_size * sizeof(T); }

private:
    std::vector<std::shared_ptr<const Block>> m_blocks;
    std::size_t m_size = 0;
    std::size_t m_blockSize = 1;
};

} // namespace cc::sim
