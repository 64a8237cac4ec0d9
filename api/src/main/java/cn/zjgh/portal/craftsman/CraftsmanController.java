package cn.zjgh.portal.craftsman;

import java.util.List;

import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.wechat.MiniProgramCodes;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CraftsmanController {

	private final CraftsmanDirectory directory;

	private final MiniProgramCodes codes;

	CraftsmanController(CraftsmanDirectory directory, MiniProgramCodes codes) {
		this.directory = directory;
		this.codes = codes;
	}

	@QueryMapping
	Connection<Craftsman> craftsmen(@Argument @Valid CraftsmanFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.directory.page(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Craftsman craftsman(@Argument long id) {
		return this.directory.find(id);
	}

	@SchemaMapping(typeName = "Craftsman")
	String shareQrCode(Craftsman craftsman) {
		return this.codes.dataUrl("pages/craftsmen/detail", "c=" + craftsman.getId());
	}

	@SchemaMapping(typeName = "Craftsman")
	List<HonourAward> honours(Craftsman craftsman) {
		return craftsman.honourAwards();
	}

}
