"""Nova virt driver for test clouds: nova's own fake driver (nova.virt.fake.FakeDriver,
which keeps its "guests" in memory) plus a snapshot that uploads a small dummy disk
to glance, so that createImage and shelve produce *active* images (the plain fake
driver leaves them queued forever, and shelve/unshelve and image tests wait for
active)."""
import io

from nova.image import glance
from nova.virt import fake


class LoopbackFakeDriver(fake.FakeDriver):

    def snapshot(self, context, instance, image_id, update_task_state):
        # raises InstanceNotRunning for unknown instances, sets IMAGE_PENDING_UPLOAD->UPLOADING
        super().snapshot(context, instance, image_id, update_task_state)
        meta = instance.image_meta

        def field(name, default):
            if meta.obj_attr_is_set(name) and getattr(meta, name):
                return getattr(meta, name)
            return default

        metadata = {"disk_format": field("disk_format", "raw"),
                    "container_format": field("container_format", "bare")}
        glance.API().update(context, image_id, metadata,
                            data=io.BytesIO(b"\0" * 1024), purge_props=False)
