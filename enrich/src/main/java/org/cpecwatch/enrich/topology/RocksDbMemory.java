package org.cpecwatch.enrich.topology;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

/**
 * Bounds what the enrich topology's RocksDB stores take outside the Java heap. By default every store has its own
 * 50 MiB block cache and three 16 MiB memtables; with the story window and the register's and statistics' stores that
 * alone approaches half a gigabyte of resident memory. All stores here share one {@value #CACHE_MIB} MiB block cache
 * (index and filter blocks counted in it) and keep two {@value #MEMTABLE_MIB} MiB memtables each: the stores are
 * small (the story window's 20,000 entries are ~100 MiB on disk) and read mostly what was just written.
 */
public final class RocksDbMemory implements RocksDBConfigSetter {

    static final long CACHE_MIB = 32;
    static final long MEMTABLE_MIB = 4;

    private static final Cache SHARED_CACHE = sharedCache();

    /** The native library first: this class may be loaded before any store has opened RocksDB. */
    private static Cache sharedCache() {
        RocksDB.loadLibrary();
        return new LRUCache(CACHE_MIB << 20);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(SHARED_CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferSize(MEMTABLE_MIB << 20);
        options.setMaxWriteBufferNumber(2);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache is shared by every store of the process and lives as long as it; closing it here would pull it
        // from under the stores still open.
    }
}
