#include "CLimit.h"

#include <msgpack.h>
#include <stdlib.h>
#include <string.h>

#include "notify/v1/notification.pb-c.h"

enum { OUTPUT_CAPACITY = 1 << 20, ARENA_CAPACITY = 4 << 20 };

struct climit_message {
    int is_batch;
    Notify__V1__Notification *notification;
    Notify__V1__NotificationBatch *batch;
    uint8_t *output;
    size_t output_length;
    uint8_t *arena;
    size_t arena_used;
    msgpack_zone zone;
};

// MARK: - bump allocator for protobuf-c's unpacker

static void *arena_alloc(void *data, size_t size) {
    climit_message *message = data;
    size_t start = (message->arena_used + 15) & ~(size_t)15;
    if (start > ARENA_CAPACITY || size > ARENA_CAPACITY - start) return NULL;
    message->arena_used = start + size;
    return message->arena + start;
}

static void arena_free(void *data, void *pointer) {
    (void)data;
    (void)pointer;
}

// MARK: - setup

climit_message *climit_message_create(const uint8_t *bytes, size_t length, int is_batch) {
    climit_message *message = calloc(1, sizeof *message);
    if (message == NULL) return NULL;
    message->is_batch = is_batch;
    message->output = malloc(OUTPUT_CAPACITY);
    message->arena = malloc(ARENA_CAPACITY);
    msgpack_zone_init(&message->zone, MSGPACK_ZONE_CHUNK_SIZE);
    if (is_batch) {
        message->batch = notify__v1__notification_batch__unpack(NULL, length, bytes);
    } else {
        message->notification = notify__v1__notification__unpack(NULL, length, bytes);
    }
    if (message->output == NULL || message->arena == NULL
        || (message->batch == NULL && message->notification == NULL)) {
        climit_message_destroy(message);
        return NULL;
    }
    return message;
}

void climit_message_destroy(climit_message *message) {
    if (message == NULL) return;
    if (message->batch != NULL) notify__v1__notification_batch__free_unpacked(message->batch, NULL);
    if (message->notification != NULL) notify__v1__notification__free_unpacked(message->notification, NULL);
    msgpack_zone_destroy(&message->zone);
    free(message->output);
    free(message->arena);
    free(message);
}

const uint8_t *climit_output(const climit_message *message) { return message->output; }

// MARK: - protobuf-c

size_t climit_protobuf_encode(climit_message *message) {
    const ProtobufCMessage *root = message->is_batch ? &message->batch->base : &message->notification->base;
    size_t size = protobuf_c_message_get_packed_size(root);
    if (size > OUTPUT_CAPACITY) return 0;
    message->output_length = protobuf_c_message_pack(root, message->output);
    return message->output_length;
}

static long notification_string_bytes(const Notify__V1__Notification *n) {
    long total = (long)(strlen(n->id) + strlen(n->recipient_id) + strlen(n->title) + strlen(n->body) + strlen(n->url));
    if (n->actor != NULL) {
        total += (long)(strlen(n->actor->id) + strlen(n->actor->display_name) + strlen(n->actor->avatar_url));
    }
    if (n->subject != NULL) {
        total += (long)(strlen(n->subject->type) + strlen(n->subject->id) + strlen(n->subject->parent_id));
    }
    for (size_t i = 0; i < n->n_data; i++) total += (long)(strlen(n->data[i]->key) + strlen(n->data[i]->value));
    for (size_t i = 0; i < n->n_tags; i++) total += (long)strlen(n->tags[i]);
    total += (long)n->sequence + n->kind + n->priority + n->read;
    if (n->created_at != NULL) total += (long)n->created_at->seconds + n->created_at->nanos;
    return total;
}

long climit_protobuf_decode(climit_message *message, const uint8_t *bytes, size_t length) {
    ProtobufCAllocator allocator = {.alloc = arena_alloc, .free = arena_free, .allocator_data = message};
    message->arena_used = 0;
    if (message->is_batch) {
        Notify__V1__NotificationBatch *batch = notify__v1__notification_batch__unpack(&allocator, length, bytes);
        if (batch == NULL) return -1;
        long total = (long)strlen(batch->cursor) + batch->has_more;
        for (size_t i = 0; i < batch->n_notifications; i++) total += notification_string_bytes(batch->notifications[i]);
        return total;
    }
    Notify__V1__Notification *notification = notify__v1__notification__unpack(&allocator, length, bytes);
    if (notification == NULL) return -1;
    return notification_string_bytes(notification);
}

// MARK: - msgpack-c encode

static int append_output(void *data, const char *bytes, size_t length) {
    climit_message *message = data;
    if (length > OUTPUT_CAPACITY - message->output_length) return -1;
    memcpy(message->output + message->output_length, bytes, length);
    message->output_length += length;
    return 0;
}

static void pack_key(msgpack_packer *packer, int numbers, int number, const char *name, size_t name_length) {
    if (numbers) {
        msgpack_pack_int(packer, number);
    } else {
        msgpack_pack_str_with_body(packer, name, name_length);
    }
}

#define KEY(number, name) pack_key(packer, numbers, number, name, sizeof(name) - 1)

static void pack_string(msgpack_packer *packer, const char *string) {
    msgpack_pack_str_with_body(packer, string, strlen(string));
}

static void pack_notification(msgpack_packer *packer, int numbers, const Notify__V1__Notification *n) {
    size_t count = (n->id[0] != 0) + (n->kind != 0) + (n->created_at != NULL) + (n->recipient_id[0] != 0)
        + (n->actor != NULL) + (n->title[0] != 0) + (n->body[0] != 0) + (n->subject != NULL) + (n->priority != 0)
        + (n->read != 0) + (n->n_data != 0) + (n->sequence != 0) + (n->url[0] != 0) + (n->n_tags != 0);
    msgpack_pack_map(packer, count);
    if (n->id[0] != 0) { KEY(1, "id"); pack_string(packer, n->id); }
    if (n->kind != 0) { KEY(2, "kind"); msgpack_pack_int32(packer, n->kind); }
    if (n->created_at != NULL) {
        KEY(3, "createdAt");
        msgpack_timestamp timestamp = {.tv_sec = n->created_at->seconds, .tv_nsec = (uint32_t)n->created_at->nanos};
        msgpack_pack_timestamp(packer, &timestamp);
    }
    if (n->recipient_id[0] != 0) { KEY(4, "recipientId"); pack_string(packer, n->recipient_id); }
    if (n->actor != NULL) {
        const Notify__V1__Actor *a = n->actor;
        KEY(5, "actor");
        msgpack_pack_map(packer, (a->id[0] != 0) + (a->display_name[0] != 0) + (a->avatar_url[0] != 0));
        if (a->id[0] != 0) { KEY(1, "id"); pack_string(packer, a->id); }
        if (a->display_name[0] != 0) { KEY(2, "displayName"); pack_string(packer, a->display_name); }
        if (a->avatar_url[0] != 0) { KEY(3, "avatarUrl"); pack_string(packer, a->avatar_url); }
    }
    if (n->title[0] != 0) { KEY(6, "title"); pack_string(packer, n->title); }
    if (n->body[0] != 0) { KEY(7, "body"); pack_string(packer, n->body); }
    if (n->subject != NULL) {
        const Notify__V1__Subject *s = n->subject;
        KEY(8, "subject");
        msgpack_pack_map(packer, (s->type[0] != 0) + (s->id[0] != 0) + (s->parent_id[0] != 0));
        if (s->type[0] != 0) { KEY(1, "type"); pack_string(packer, s->type); }
        if (s->id[0] != 0) { KEY(2, "id"); pack_string(packer, s->id); }
        if (s->parent_id[0] != 0) { KEY(3, "parentId"); pack_string(packer, s->parent_id); }
    }
    if (n->priority != 0) { KEY(9, "priority"); msgpack_pack_int32(packer, n->priority); }
    if (n->read) { KEY(10, "read"); msgpack_pack_true(packer); }
    if (n->n_data != 0) {
        KEY(11, "data");
        msgpack_pack_map(packer, n->n_data);
        for (size_t i = 0; i < n->n_data; i++) {
            pack_string(packer, n->data[i]->key);
            pack_string(packer, n->data[i]->value);
        }
    }
    if (n->sequence != 0) { KEY(12, "sequence"); msgpack_pack_uint64(packer, n->sequence); }
    if (n->url[0] != 0) { KEY(13, "url"); pack_string(packer, n->url); }
    if (n->n_tags != 0) {
        KEY(14, "tags");
        msgpack_pack_array(packer, n->n_tags);
        for (size_t i = 0; i < n->n_tags; i++) pack_string(packer, n->tags[i]);
    }
}

size_t climit_msgpack_encode(climit_message *message, int numbers) {
    msgpack_packer packer_storage;
    msgpack_packer *packer = &packer_storage;
    msgpack_packer_init(packer, message, append_output);
    message->output_length = 0;
    if (message->is_batch) {
        const Notify__V1__NotificationBatch *batch = message->batch;
        msgpack_pack_map(packer, (batch->n_notifications != 0) + (batch->cursor[0] != 0) + (batch->has_more != 0));
        if (batch->n_notifications != 0) {
            KEY(1, "notifications");
            msgpack_pack_array(packer, batch->n_notifications);
            for (size_t i = 0; i < batch->n_notifications; i++) {
                pack_notification(packer, numbers, batch->notifications[i]);
            }
        }
        if (batch->cursor[0] != 0) { KEY(2, "cursor"); pack_string(packer, batch->cursor); }
        if (batch->has_more) { KEY(3, "hasMore"); msgpack_pack_true(packer); }
    } else {
        pack_notification(packer, numbers, message->notification);
    }
    return message->output_length;
}

// MARK: - msgpack-c decode

/// The field a key names: its number, from an integer key or from the name (0 when unknown).
static int field_number(const msgpack_object *key, const char *const *names, int count) {
    if (key->type == MSGPACK_OBJECT_POSITIVE_INTEGER) return (int)key->via.u64;
    if (key->type != MSGPACK_OBJECT_STR) return 0;
    for (int i = 1; i <= count; i++) {
        if (strlen(names[i]) == key->via.str.size && memcmp(names[i], key->via.str.ptr, key->via.str.size) == 0) return i;
    }
    return 0;
}

static const char *const notification_names[] = {
    "", "id", "kind", "createdAt", "recipientId", "actor", "title", "body", "subject", "priority", "read", "data",
    "sequence", "url", "tags",
};
static const char *const actor_names[] = {"", "id", "displayName", "avatarUrl"};
static const char *const subject_names[] = {"", "type", "id", "parentId"};
static const char *const batch_names[] = {"", "notifications", "cursor", "hasMore"};

/// Reads one value: strings count their length, numbers their value, maps and arrays recurse.
static long read_value(const msgpack_object *value) {
    switch (value->type) {
    case MSGPACK_OBJECT_STR: return (long)value->via.str.size;
    case MSGPACK_OBJECT_POSITIVE_INTEGER: return (long)value->via.u64;
    case MSGPACK_OBJECT_NEGATIVE_INTEGER: return (long)value->via.i64;
    case MSGPACK_OBJECT_BOOLEAN: return value->via.boolean;
    case MSGPACK_OBJECT_EXT: {
        msgpack_timestamp timestamp;
        return msgpack_object_to_timestamp(value, &timestamp) ? (long)timestamp.tv_sec + timestamp.tv_nsec : -1;
    }
    case MSGPACK_OBJECT_ARRAY: {
        long total = 0;
        for (uint32_t i = 0; i < value->via.array.size; i++) total += read_value(&value->via.array.ptr[i]);
        return total;
    }
    case MSGPACK_OBJECT_MAP: {
        long total = 0;
        for (uint32_t i = 0; i < value->via.map.size; i++) {
            total += read_value(&value->via.map.ptr[i].key) + read_value(&value->via.map.ptr[i].val);
        }
        return total;
    }
    default: return 0;
    }
}

static long read_message(const msgpack_object *map, const char *const *names, int count);

static long read_notification(const msgpack_object *map) { return read_message(map, notification_names, 14); }

/// Dispatches every key of a message map to its field, as a decoder into a struct would, and reads the value.
static long read_message(const msgpack_object *map, const char *const *names, int count) {
    if (map->type != MSGPACK_OBJECT_MAP) return -1;
    long total = 0;
    for (uint32_t i = 0; i < map->via.map.size; i++) {
        const msgpack_object *value = &map->via.map.ptr[i].val;
        int field = field_number(&map->via.map.ptr[i].key, names, count);
        if (names == notification_names && field == 5) {
            total += read_message(value, actor_names, 3);
        } else if (names == notification_names && field == 8) {
            total += read_message(value, subject_names, 3);
        } else if (names == batch_names && field == 1 && value->type == MSGPACK_OBJECT_ARRAY) {
            for (uint32_t j = 0; j < value->via.array.size; j++) total += read_notification(&value->via.array.ptr[j]);
        } else {
            total += field + read_value(value);
        }
    }
    return total;
}

long climit_msgpack_decode(climit_message *message, const uint8_t *bytes, size_t length) {
    msgpack_object root;
    size_t offset = 0;
    msgpack_zone_clear(&message->zone);
    if (msgpack_unpack((const char *)bytes, length, &offset, &message->zone, &root) != MSGPACK_UNPACK_SUCCESS) {
        return -1;
    }
    return message->is_batch ? read_message(&root, batch_names, 3) : read_notification(&root);
}

// MARK: - memcpy

void climit_memcpy(climit_message *message, const uint8_t *source, size_t length) {
    size_t count = length < OUTPUT_CAPACITY ? length : OUTPUT_CAPACITY;
    memcpy(message->output, source, count);
    message->output_length = count;
}
